// Audit actions of the stakeholder directory (contacts, RACI, influence map).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-stakeholders.ts and a sample in audit-sentence-samples/stakeholders.ts.
import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import { StakeholderKindSchema } from './governance.contract.js';
import { MatrixRecordKindSchema, RaciRoleSchema } from './stakeholders.contract.js';
import { TeamFunctionSchema } from './teams.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const STAKEHOLDER_AUDIT_ACTIONS = [
  'stakeholder.created',
  'stakeholder.updated',
  'stakeholder_matrix.updated',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const StakeholderSnapshotSchema = z
  .strictObject({
    kind: StakeholderKindSchema,
    userId: IdSchema.nullable().describe('The account, for kind account'),
    name: z.string().describe('Name'),
    email: z.string().nullable().describe('E-mail, when known'),
    function: TeamFunctionSchema.nullable().describe('Function, when known'),
    region: z.string().nullable().describe('Region, when known'),
    team: z.string().nullable().describe('Team, when known'),
    organisation: z.string().nullable().describe('Organisation, when known'),
    title: z.string().nullable().describe('Title, when known'),
    active: z.boolean().describe('In use'),
    version: VersionSchema,
  })
  .describe('A directory entry');

const MatrixSnapshotSchema = z
  .strictObject({
    kind: MatrixRecordKindSchema,
    recordId: IdSchema.describe('The initiative or change request'),
    recordTitle: z.string().describe('Its title, e.g. "CR-12 · Clarify satire exception"'),
    version: z.number().int().min(0).describe('Matrix version (0: never saved)'),
    rows: z
      .array(
        z
          .strictObject({
            stakeholderId: IdSchema.describe('The person'),
            name: z.string().describe('Their name when saved'),
            role: RaciRoleSchema,
            influence: z.number().int().nullable().describe('Influence 1-5, or null'),
            interest: z.number().int().nullable().describe('Interest 1-5, or null'),
          })
          .describe('One person of the matrix'),
      )
      .describe('The people of the matrix, in order'),
  })
  .describe('A RACI matrix with influence and interest');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const STAKEHOLDER_AUDIT_PAYLOAD_SCHEMAS = {
  'stakeholder.created': payload('stakeholder', NOTHING, StakeholderSnapshotSchema),
  'stakeholder.updated': payload('stakeholder', StakeholderSnapshotSchema, StakeholderSnapshotSchema),
  'stakeholder_matrix.updated': payload('stakeholder_matrix', MatrixSnapshotSchema, MatrixSnapshotSchema),
} satisfies Record<(typeof STAKEHOLDER_AUDIT_ACTIONS)[number], z.ZodType>;
