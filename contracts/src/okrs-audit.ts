import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import {
  ConfidenceSchema,
  KeyResultSourceSchema,
  KeyResultTypeSchema,
  OkrDateSchema,
  OkrPeriodKeySchema,
  RollupMethodSchema,
} from './okrs.contract.js';

/** The OKR audit actions; audit-actions.ts adds them to the one list. */
export const OKR_AUDIT_ACTIONS = [
  'objective.created',
  'objective.updated',
  'objective.deleted',
  'key_result.created',
  'key_result.updated',
  'key_result.deleted',
  'key_result.checked_in',
  'okr_period.closed',
  'okr_period.reopened',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const ObjectiveSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The objective'),
    periodKey: OkrPeriodKeySchema,
    title: z.string().describe('Title'),
    description: z.string().describe('Markdown description'),
    ownerId: IdSchema.describe('Owner'),
    teamId: IdSchema.nullable().describe('Team'),
    parentId: IdSchema.nullable().describe('The objective it aligns to'),
    rollupMethod: RollupMethodSchema,
    includeChildren: z.boolean().describe('Aligned objectives count in the roll-up'),
    statusOverride: z
      .strictObject({ status: ConfidenceSchema, reason: z.string().describe('Why') })
      .nullable()
      .describe("The owner's status override"),
    version: VersionSchema,
  })
  .describe('An objective');

const KeyResultSnapshotSchema = z
  .strictObject({
    id: IdSchema.describe('The key result'),
    objectiveId: IdSchema.describe('Its objective'),
    title: z.string().describe('Title'),
    type: KeyResultTypeSchema,
    unit: z.string().describe('Unit'),
    baseline: z.number().describe('Baseline'),
    target: z.number().describe('Target'),
    weight: z.number().describe('Weight'),
    source: KeyResultSourceSchema,
    version: VersionSchema,
  })
  .describe('A key result');

const CheckInSnapshotSchema = z
  .strictObject({
    checkInId: IdSchema.describe('The check-in'),
    value: z.number().describe('Value reported'),
    confidence: ConfidenceSchema,
    comment: z.string().describe('Markdown comment'),
    date: OkrDateSchema.describe('Day it is for'),
  })
  .describe('A check-in');

const PeriodCloseSnapshotSchema = z
  .strictObject({
    periodKey: OkrPeriodKeySchema,
    comment: z.string().describe('Note on the period'),
    scores: z
      .array(
        z.strictObject({
          keyResultId: IdSchema.describe('Key result'),
          score: z.number().describe('0.0–1.0'),
          comment: z.string().describe('What the score means'),
        }),
      )
      .describe('Scores given'),
    version: VersionSchema,
  })
  .describe('A period closed with its scores');

const PeriodReopenSnapshotSchema = z
  .strictObject({
    periodKey: OkrPeriodKeySchema,
    reason: z.string().describe('Why it was reopened'),
    version: VersionSchema,
  })
  .describe('A period reopened');

const PeriodStateSchema = z
  .strictObject({
    periodKey: OkrPeriodKeySchema,
    state: z.enum(['open', 'closed']).describe('Open for check-ins, or closed with scores'),
    version: VersionSchema,
  })
  .describe('The period state');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each OKR audit action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const OKR_AUDIT_PAYLOAD_SCHEMAS = {
  'objective.created': payload('objective', NOTHING, ObjectiveSnapshotSchema),
  'objective.updated': payload('objective', ObjectiveSnapshotSchema, ObjectiveSnapshotSchema),
  'objective.deleted': payload('objective', ObjectiveSnapshotSchema, NOTHING),
  'key_result.created': payload('key_result', NOTHING, KeyResultSnapshotSchema),
  'key_result.updated': payload('key_result', KeyResultSnapshotSchema, KeyResultSnapshotSchema),
  'key_result.deleted': payload('key_result', KeyResultSnapshotSchema, NOTHING),
  'key_result.checked_in': payload('key_result', NOTHING, CheckInSnapshotSchema),
  'okr_period.closed': payload('okr_period', PeriodStateSchema.nullable(), PeriodCloseSnapshotSchema),
  'okr_period.reopened': payload('okr_period', PeriodStateSchema, PeriodReopenSnapshotSchema),
} as const;
