import { z } from 'zod';
import { CursorQuerySchema, IdSchema, TimestampSchema, VersionSchema, pageOf } from './common.contract.js';
import {
  LinkedRecordKindSchema,
  LinkedRecordRefsSchema,
  LinkedRecordSchema,
  StakeholderSummarySchema,
} from './governance.contract.js';
import {
  ASSUMPTION_STATUSES,
  DEPENDENCY_STATUSES,
  ISSUE_STATUSES,
  RAID_KINDS,
  RAID_STATUSES,
  RISK_STATUSES,
} from './governance-vocabulary.js';

export { ASSUMPTION_STATUSES, DEPENDENCY_STATUSES, ISSUE_STATUSES, RAID_KINDS, RAID_STATUSES, RISK_STATUSES };

/**
 * The RAID log (issue 11): risks, issues and blockers, assumptions and dependencies. One record type
 * with a `kind` discriminator, so that links, owners, keys and the need-to-know rule are written once.
 */

export const RaidKindSchema = z.enum(RAID_KINDS).describe('Kind of RAID item');
export type RaidKind = z.infer<typeof RaidKindSchema>;

/** The letter of each kind's human key (R-1, I-3, A-2, D-4). */
export const RAID_KEY_PREFIXES: Record<RaidKind, string> = { risk: 'R', issue: 'I', assumption: 'A', dependency: 'D' };
export const RAID_KIND_LABELS: Record<RaidKind, string> = {
  risk: 'Risk',
  issue: 'Issue',
  assumption: 'Assumption',
  dependency: 'Dependency',
};

export const ISSUE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export const RAID_STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  mitigating: 'Mitigating',
  closed: 'Closed',
  occurred: 'Occurred',
  resolved: 'Resolved',
  unvalidated: 'Unvalidated',
  valid: 'Valid',
  invalid: 'Invalid',
  requested: 'Requested',
  committed: 'Committed',
  delivered: 'Delivered',
  blocked: 'Blocked',
  rejected: 'Rejected',
};

export const RiskStatusSchema = z.enum(RISK_STATUSES).describe('Risk status');
export const IssueStatusSchema = z.enum(ISSUE_STATUSES).describe('Issue status');
export const AssumptionStatusSchema = z.enum(ASSUMPTION_STATUSES).describe('Assumption status');
export const DependencyStatusSchema = z.enum(DEPENDENCY_STATUSES).describe('Dependency status');
export const IssueSeveritySchema = z.enum(ISSUE_SEVERITIES).describe('Severity of the issue');

// ---- Risk scoring -------------------------------------------------------------------------

export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export const RiskBandSchema = z
  .enum(RISK_BANDS)
  .describe('Band of the score: low 1–4, medium 5–9, high 10–14, critical 15–25');
export type RiskBand = z.infer<typeof RiskBandSchema>;
export const RISK_BAND_LABELS: Record<RiskBand, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

/** Probability × impact, each 1–5. */
export function riskScore(probability: number, impact: number): number {
  return probability * impact;
}

/** The band of a score (1–25): the one place the thresholds live, for the server and the heat map. */
export function riskBand(score: number): RiskBand {
  if (score >= 15) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** True when a decision-needed-by date has passed: the day after it, not on it. */
export function decisionOverdue(decisionNeededBy: string | null, today: string): boolean {
  return decisionNeededBy !== null && decisionNeededBy < today;
}

/** Statuses in which an item still needs work (the heat map and the summaries count these). */
export const RAID_OPEN_STATUSES: Record<RaidKind, readonly string[]> = {
  risk: ['open', 'mitigating'],
  issue: ['open'],
  assumption: ['unvalidated'],
  dependency: ['requested', 'committed', 'blocked'],
};

// ---- Fields -------------------------------------------------------------------------------

const DateSchema = z.iso.date().describe('UTC calendar date, YYYY-MM-DD');
const Title = z.string().trim().min(1).max(200).describe('Short title; for an assumption, its statement');
const Description = z.string().max(4000).describe('Longer description (plain text)');
const Scale = z.number().int().min(1).max(5);
const Text = (what: string) => z.string().max(2000).describe(what);

export const EscalationLevelInputSchema = z.object({
  stakeholderId: IdSchema.describe('Who is asked at this level (a stakeholder id)'),
  label: z.string().trim().min(1).max(80).describe('What this level is, e.g. "Working group chair", "Head of Policy"'),
});
export type EscalationLevelInput = z.infer<typeof EscalationLevelInputSchema>;

export const EscalationPathSchema = z
  .array(EscalationLevelInputSchema)
  .max(6)
  .describe('Escalation levels in order: the first is level 1');

const common = {
  title: Title,
  description: Description.default(''),
  ownerId: IdSchema.nullable().default(null).describe('Owner (a stakeholder id), or null'),
  links: LinkedRecordRefsSchema.default([]),
};

const riskFields = {
  probability: Scale.describe('Probability, 1 (rare) to 5 (almost certain)'),
  impact: Scale.describe('Impact, 1 (minor) to 5 (severe)'),
  mitigation: Text('How the risk is being reduced').default(''),
  trigger: Text('What would show the risk is happening').default(''),
  status: RiskStatusSchema.default('open'),
};
const issueFields = {
  isBlocker: z.boolean().default(false).describe('True when it blocks work: blockers escalate'),
  severity: IssueSeveritySchema.default('medium'),
  escalationPath: EscalationPathSchema.default([]),
  decisionNeededBy: DateSchema.nullable().default(null).describe('Date by which a decision is needed, or null'),
  resolution: Text('How it was resolved').default(''),
  status: IssueStatusSchema.default('open'),
};
const assumptionFields = {
  validateBy: DateSchema.nullable().default(null).describe('Date by which it should be validated, or null'),
  validationNote: Text('What validating it showed').default(''),
  status: AssumptionStatusSchema.default('unvalidated'),
};
const dependencyFields = {
  requestingTeamId: IdSchema.describe('The team that needs it'),
  providingTeamId: IdSchema.describe('The team that provides it'),
  neededBy: DateSchema.nullable().default(null).describe('Date the requesting team needs it, or null'),
  committedDate: DateSchema.nullable().default(null).describe('Date the providing team committed to, or null'),
  status: DependencyStatusSchema.default('requested'),
};

export const RaidCreateSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('risk').describe('A risk'), ...common, ...riskFields }),
    z.object({ kind: z.literal('issue').describe('An issue or blocker'), ...common, ...issueFields }),
    z.object({ kind: z.literal('assumption').describe('An assumption'), ...common, ...assumptionFields }),
    z.object({ kind: z.literal('dependency').describe('A dependency'), ...common, ...dependencyFields }),
  ])
  .describe('A new RAID item; `kind` decides its fields');
export type RaidCreate = z.input<typeof RaidCreateSchema>;

const partial = <T extends z.ZodRawShape>(shape: T) =>
  Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => {
      const inner = schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
      return [key, inner.optional().describe(inner.description ?? key)];
    }),
  ) as unknown as { [K in keyof T]: z.ZodOptional<T[K] extends z.ZodDefault<infer I> ? I : T[K]> };

const updateCommon = { version: VersionSchema, ...partial(common) };
export const RaidUpdateSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('risk').describe('A risk'), ...updateCommon, ...partial(riskFields) }),
    z.object({ kind: z.literal('issue').describe('An issue or blocker'), ...updateCommon, ...partial(issueFields) }),
    z.object({
      kind: z.literal('assumption').describe('An assumption'),
      ...updateCommon,
      ...partial(assumptionFields),
    }),
    z.object({ kind: z.literal('dependency').describe('A dependency'), ...updateCommon, ...partial(dependencyFields) }),
  ])
  .describe('Changed fields of a RAID item, with the version read; `kind` must be the item’s');
export type RaidUpdate = z.input<typeof RaidUpdateSchema>;

export const RaidEscalateSchema = z.object({
  version: VersionSchema,
  note: z.string().trim().max(500).default('').describe('Why it is escalated now (optional)'),
});
export type RaidEscalate = z.input<typeof RaidEscalateSchema>;

export const RaidIdParamsSchema = z.object({ itemId: IdSchema.describe('RAID item id') });

// ---- Views --------------------------------------------------------------------------------

export const RaidTeamRefSchema = z.object({
  id: IdSchema.describe('Team id'),
  name: z.string().describe('Team name'),
});

export const EscalationLevelSchema = z.object({
  level: z.number().int().min(1).describe('Level number, 1 first'),
  label: z.string().describe('What this level is, e.g. "Head of Policy"'),
  stakeholder: StakeholderSummarySchema.nullable().describe(
    'Who is asked at this level (null: no longer in the directory)',
  ),
});
export type EscalationLevel = z.infer<typeof EscalationLevelSchema>;

export const EscalationRecordSchema = z.object({
  id: IdSchema.describe('Escalation record id'),
  at: TimestampSchema.describe('When it was escalated'),
  fromLevel: z.number().int().min(0).describe('Level before (0: not escalated yet)'),
  toLevel: z.number().int().min(1).describe('Level after'),
  automatic: z.boolean().describe('True when the daily escalation job did it'),
  byName: z.string().nullable().describe('Who escalated it by hand (null: the job)'),
  note: z.string().describe('Why, as given'),
});
export type EscalationRecord = z.infer<typeof EscalationRecordSchema>;

const viewCommon = {
  id: IdSchema.describe('RAID item id'),
  key: z.string().describe('Human key, e.g. R-3, I-1, A-2, D-4'),
  title: z.string().describe('Title; for an assumption, its statement'),
  description: z.string().describe('Longer description'),
  owner: StakeholderSummarySchema.nullable().describe('Owner, or null'),
  links: z.array(LinkedRecordSchema).describe('Linked records the caller may see'),
  version: VersionSchema,
  createdAt: TimestampSchema.describe('When it was logged'),
  updatedAt: TimestampSchema.describe('When it last changed'),
  abilities: z
    .object({
      update: z.boolean().describe('May edit it'),
      escalate: z.boolean().describe('May escalate it by hand (a blocker not at its last level)'),
    })
    .describe('What the caller may do'),
};

export const RiskViewSchema = z.object({
  kind: z.literal('risk').describe('A risk'),
  ...viewCommon,
  probability: Scale.describe('Probability 1–5'),
  impact: Scale.describe('Impact 1–5'),
  score: z.number().int().describe('Probability × impact, 1–25'),
  band: RiskBandSchema,
  mitigation: z.string().describe('How the risk is being reduced'),
  trigger: z.string().describe('What would show the risk is happening'),
  status: RiskStatusSchema,
});

export const IssueViewSchema = z.object({
  kind: z.literal('issue').describe('An issue or blocker'),
  ...viewCommon,
  isBlocker: z.boolean().describe('True for a blocker'),
  severity: IssueSeveritySchema,
  escalationPath: z.array(EscalationLevelSchema).describe('The escalation levels, level 1 first'),
  currentLevel: z.number().int().min(0).describe('The level it is escalated to (0: not escalated)'),
  atTop: z.boolean().describe('True when it is at its last level and its decision date passed again'),
  decisionNeededBy: DateSchema.nullable().describe('Date a decision is needed by, or null'),
  decisionOverdue: z.boolean().describe('True when the decision-needed-by date has passed'),
  resolution: z.string().describe('How it was resolved'),
  resolvedAt: TimestampSchema.nullable().describe('When it was resolved, or null'),
  status: IssueStatusSchema,
  escalations: z.array(EscalationRecordSchema).describe('Escalation history, oldest first'),
});

export const AssumptionViewSchema = z.object({
  kind: z.literal('assumption').describe('An assumption'),
  ...viewCommon,
  validateBy: DateSchema.nullable().describe('Validate-by date, or null'),
  validationNote: z.string().describe('What validating it showed'),
  status: AssumptionStatusSchema,
});

export const DependencyViewSchema = z.object({
  kind: z.literal('dependency').describe('A dependency'),
  ...viewCommon,
  requestingTeam: RaidTeamRefSchema.describe('The team that needs it'),
  providingTeam: RaidTeamRefSchema.describe('The team that provides it'),
  neededBy: DateSchema.nullable().describe('Needed-by date, or null'),
  committedDate: DateSchema.nullable().describe('Committed date, or null'),
  status: DependencyStatusSchema,
});

export const RaidItemSchema = z
  .discriminatedUnion('kind', [RiskViewSchema, IssueViewSchema, AssumptionViewSchema, DependencyViewSchema])
  .describe('A RAID item');
export type RaidItem = z.infer<typeof RaidItemSchema>;
export type RiskView = z.infer<typeof RiskViewSchema>;
export type IssueView = z.infer<typeof IssueViewSchema>;
export type AssumptionView = z.infer<typeof AssumptionViewSchema>;
export type DependencyView = z.infer<typeof DependencyViewSchema>;

export const RaidPageSchema = pageOf(RaidItemSchema).describe('A page of RAID items');
export type RaidPage = z.infer<typeof RaidPageSchema>;

// ---- Queries ------------------------------------------------------------------------------

const linkedFilter = {
  workingGroupId: IdSchema.optional().describe('Only items linked to this working group'),
  linkedKind: LinkedRecordKindSchema.optional().describe('With linkedId: only items linked to this record'),
  linkedId: IdSchema.optional().describe('With linkedKind: only items linked to this record'),
};

export const RaidListQuerySchema = CursorQuerySchema.extend({
  kind: RaidKindSchema.optional(),
  status: z.enum(RAID_STATUSES).optional().describe('Only items in this status'),
  ownerId: IdSchema.optional().describe('Only items owned by this stakeholder'),
  blockersOnly: z.enum(['true', 'false']).optional().describe('true: only blockers (issues with the blocker flag)'),
  probability: z.coerce.number().int().min(1).max(5).optional().describe('Only risks of this probability'),
  impact: z.coerce.number().int().min(1).max(5).optional().describe('Only risks of this impact'),
  ...linkedFilter,
});
export type RaidListQuery = z.input<typeof RaidListQuerySchema>;

export const RaidHeatMapQuerySchema = z.object(linkedFilter);

export const HeatMapCellSchema = z.object({
  probability: Scale.describe('Probability 1–5'),
  impact: Scale.describe('Impact 1–5'),
  score: z.number().int().describe('Probability × impact'),
  band: RiskBandSchema,
  count: z.number().int().min(0).describe('Open risks in this cell'),
});
export const RaidHeatMapSchema = z.object({
  cells: z.array(HeatMapCellSchema).describe('All 25 cells, probability 5 first, impact 1 first'),
  total: z.number().int().describe('Open risks counted'),
});
export type RaidHeatMap = z.infer<typeof RaidHeatMapSchema>;

export const RaidSummaryQuerySchema = z.object({
  kind: LinkedRecordKindSchema,
  id: IdSchema.describe('Id of the linked record'),
});

export const RaidSummarySchema = z.object({
  open: z
    .object({
      risk: z.number().int().describe('Open or mitigating risks'),
      issue: z.number().int().describe('Open issues and blockers'),
      assumption: z.number().int().describe('Unvalidated assumptions'),
      dependency: z.number().int().describe('Dependencies not delivered or rejected'),
    })
    .describe('Open items per kind'),
  openBlockers: z.array(IssueViewSchema).describe('Open blockers, soonest decision first'),
});
export type RaidSummary = z.infer<typeof RaidSummarySchema>;
