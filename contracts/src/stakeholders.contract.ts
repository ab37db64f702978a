import { z } from 'zod';
import { CursorQuerySchema, EmailSchema, IdSchema, pageOf, TimestampSchema, VersionSchema } from './common.contract.js';
import { StakeholderKindSchema, StakeholderSummarySchema } from './governance.contract.js';
import { TeamFunctionSchema } from './teams.contract.js';

// The stakeholder directory (issue 11, item 1): every account and every contact without one, with
// function, region and team; engagement history; a RACI matrix and an influence × interest map per
// initiative or change request.

/** Regions the UI suggests; any short text is accepted. */
export const STAKEHOLDER_REGION_SUGGESTIONS = ['Global', 'NA', 'LATAM', 'EMEA', 'APAC'] as const;

const RegionSchema = z
  .string()
  .trim()
  .min(1, 'Enter a region or leave it empty')
  .max(40, 'Use at most 40 characters')
  .describe('Region, short text (e.g. EMEA, APAC, LATAM, NA, Global)');
const TeamNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a team or leave it empty')
  .max(120, 'Use at most 120 characters')
  .describe('Team name');
const OrganisationSchema = z
  .string()
  .trim()
  .min(1, 'Enter an organisation or leave it empty')
  .max(120, 'Use at most 120 characters')
  .describe('Organisation, e.g. an outside law firm or vendor');
const TitleSchema = z
  .string()
  .trim()
  .min(1, 'Enter a title or leave it empty')
  .max(120, 'Use at most 120 characters')
  .describe('Title or what they do, e.g. "Outside counsel (DSA)"');
const NotesSchema = z.string().max(4000, 'Use at most 4000 characters').describe('Notes (plain text)');
const NameSchema = z.string().trim().min(1, 'Enter a name').max(120, 'Use at most 120 characters').describe('Name');

export const StakeholderSchema = StakeholderSummarySchema.extend({
  email: z.string().nullable().describe('E-mail: the account e-mail for an account; optional for a contact'),
  organisation: z.string().nullable().describe('Organisation, when known'),
  title: z.string().nullable().describe('Title or what they do, when known'),
  notes: z.string().describe('Notes (plain text)'),
  active: z.boolean().describe('In use: an account that can sign in, or a contact not deactivated'),
  profileFromTeam: z
    .boolean()
    .describe('Function and team are taken from the account’s first team (true until someone edits them)'),
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  abilities: z
    .object({
      update: z.boolean().describe('May edit this entry (function, region, team; name and e-mail of a contact)'),
      deactivate: z.boolean().describe('May deactivate or reactivate it (contacts only)'),
    })
    .describe('What the caller may do with it'),
});
export type Stakeholder = z.infer<typeof StakeholderSchema>;

const booleanQuery = z
  .enum(['true', 'false'], { message: 'Use true or false' })
  .transform((v) => v === 'true')
  .describe('true or false');

export const StakeholderListQuerySchema = CursorQuerySchema.extend({
  q: z.string().trim().max(100).optional().describe('Text in the name, e-mail, team, organisation or title'),
  function: TeamFunctionSchema.optional(),
  region: z.string().trim().max(40).optional().describe('Exact region (case-insensitive)'),
  kind: StakeholderKindSchema.optional(),
  active: booleanQuery.optional().describe('true: people in use only; false: deactivated only; absent: all'),
});
export type StakeholderListQuery = z.infer<typeof StakeholderListQuerySchema>;

export const StakeholderPageSchema = pageOf(StakeholderSchema).extend({
  abilities: z.object({ create: z.boolean().describe('May add contacts') }).describe('What the caller may do'),
});
export type StakeholderPage = z.infer<typeof StakeholderPageSchema>;

export const StakeholderContactCreateSchema = z.object({
  name: NameSchema,
  email: EmailSchema.nullable().optional().describe('E-mail (optional; unique among contacts)'),
  function: TeamFunctionSchema.nullable().optional(),
  region: RegionSchema.nullable().optional(),
  team: TeamNameSchema.nullable().optional(),
  organisation: OrganisationSchema.nullable().optional(),
  title: TitleSchema.nullable().optional(),
  notes: NotesSchema.default('').describe('Notes (plain text)'),
});
export type StakeholderContactCreate = z.input<typeof StakeholderContactCreateSchema>;

/** Name, e-mail and active of an account follow the account: sending them for one is a 400. */
export const StakeholderUpdateSchema = z.object({
  version: VersionSchema,
  name: NameSchema.optional(),
  email: EmailSchema.nullable().optional().describe('E-mail of a contact (null to clear)'),
  function: TeamFunctionSchema.nullable().optional(),
  region: RegionSchema.nullable().optional(),
  team: TeamNameSchema.nullable().optional(),
  organisation: OrganisationSchema.nullable().optional(),
  title: TitleSchema.nullable().optional(),
  notes: NotesSchema.optional(),
  active: z.boolean().optional().describe('false deactivates a contact, true brings it back (contacts only)'),
});
export type StakeholderUpdate = z.infer<typeof StakeholderUpdateSchema>;

export const StakeholderIdParamsSchema = z.object({ stakeholderId: IdSchema.describe('Stakeholder id') });

// Engagement history ---------------------------------------------------------------------------------

export const ENGAGEMENT_KIND_VALUES = ['meeting_attended', 'sign_off', 'decision', 'action_owned'] as const;
export const EngagementKindSchema = z.enum(ENGAGEMENT_KIND_VALUES).describe('What kind of engagement');
export type EngagementKindName = z.infer<typeof EngagementKindSchema>;

export const ENGAGEMENT_KIND_LABELS: Record<EngagementKindName, string> = {
  meeting_attended: 'Meetings attended',
  sign_off: 'Sign-offs given',
  decision: 'Decisions taken',
  action_owned: 'Actions owned',
};

export const EngagementEntrySchema = z.object({
  kind: EngagementKindSchema,
  at: z.string().describe('When it happened (ISO timestamp or date)'),
  title: z.string().describe('The record, e.g. "CR-12 · Clarify satire exception"'),
  detail: z.string().describe('What the person did, e.g. "Approved as Legal"'),
  href: z.string().describe('Path of the record in the web app'),
});
export type EngagementEntryView = z.infer<typeof EngagementEntrySchema>;

export const EngagementHistorySchema = z.object({
  stakeholder: StakeholderSummarySchema,
  items: z.array(EngagementEntrySchema).describe('Newest first, at most 500 (see truncated)'),
  counts: z
    .object({
      meeting_attended: z.number().int().describe('Meetings attended'),
      sign_off: z.number().int().describe('Sign-offs given'),
      decision: z.number().int().describe('Decisions taken'),
      action_owned: z.number().int().describe('Actions owned'),
    })
    .describe('How many entries of each kind (all of them, also beyond the list)'),
  truncated: z.boolean().describe('More entries exist than the list holds'),
});
export type EngagementHistory = z.infer<typeof EngagementHistorySchema>;

// RACI and the influence × interest map ---------------------------------------------------------------

export const MATRIX_RECORD_KINDS = ['initiative', 'change_request'] as const;
export const MatrixRecordKindSchema = z
  .enum(MATRIX_RECORD_KINDS, { message: 'Use initiative or change_request' })
  .describe('What the matrix belongs to');
export type MatrixRecordKind = z.infer<typeof MatrixRecordKindSchema>;

export const RACI_ROLES = ['R', 'A', 'C', 'I'] as const;
export const RaciRoleSchema = z
  .enum(RACI_ROLES, { message: 'Use R, A, C or I' })
  .describe('R responsible, A accountable (at most one), C consulted, I informed');
export type RaciRole = z.infer<typeof RaciRoleSchema>;
export const RACI_ROLE_LABELS: Record<RaciRole, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

export const STAKEHOLDER_QUADRANTS = ['manage_closely', 'keep_satisfied', 'keep_informed', 'monitor'] as const;
export const StakeholderQuadrantSchema = z
  .enum(STAKEHOLDER_QUADRANTS)
  .describe('Where influence × interest puts them (scores of 3 and above count as high)');
export type StakeholderQuadrant = z.infer<typeof StakeholderQuadrantSchema>;
export const STAKEHOLDER_QUADRANT_LABELS: Record<StakeholderQuadrant, string> = {
  manage_closely: 'Manage closely',
  keep_satisfied: 'Keep satisfied',
  keep_informed: 'Keep informed',
  monitor: 'Monitor',
};

const ScoreSchema = z
  .number()
  .int('Use a whole number from 1 to 5')
  .min(1, 'Use a whole number from 1 to 5')
  .max(5, 'Use a whole number from 1 to 5');

export const MatrixRowInputSchema = z.object({
  stakeholderId: IdSchema.describe('The person (a stakeholder id)'),
  role: RaciRoleSchema,
  influence: ScoreSchema.nullable().default(null).describe('Influence 1-5, null when not scored'),
  interest: ScoreSchema.nullable().default(null).describe('Interest 1-5, null when not scored'),
});
export type MatrixRowInput = z.input<typeof MatrixRowInputSchema>;

export const MatrixPutSchema = z.object({
  version: z
    .number()
    .int()
    .min(0)
    .describe('The version you read (0 for a record that has no matrix yet); a stale one gets 409'),
  rows: z.array(MatrixRowInputSchema).max(100, 'Use at most 100 people').describe('The whole matrix, in order'),
});
export type MatrixPut = z.input<typeof MatrixPutSchema>;

export const MatrixRowSchema = z.object({
  stakeholder: StakeholderSummarySchema,
  active: z.boolean().describe('The person is still in use in the directory'),
  role: RaciRoleSchema,
  influence: z.number().int().nullable().describe('Influence 1-5, null when not scored'),
  interest: z.number().int().nullable().describe('Interest 1-5, null when not scored'),
  quadrant: StakeholderQuadrantSchema.nullable().describe('Quadrant of the map; null: not placed (a score missing)'),
});
export type MatrixRow = z.infer<typeof MatrixRowSchema>;

export const StakeholderMatrixSchema = z.object({
  kind: MatrixRecordKindSchema,
  recordId: IdSchema.describe('The initiative or change request'),
  version: z.number().int().min(0).describe('Matrix version (0: never saved); send it back with a PUT'),
  rows: z.array(MatrixRowSchema).describe('People in the order they were saved'),
  updatedAt: TimestampSchema.nullable().describe('Last saved, null when never'),
  abilities: z.object({ update: z.boolean().describe('May edit the matrix') }).describe('What the caller may do'),
});
export type StakeholderMatrix = z.infer<typeof StakeholderMatrixSchema>;

export const MatrixParamsSchema = z.object({
  kind: MatrixRecordKindSchema,
  id: IdSchema.describe('Id of the initiative or change request'),
});
