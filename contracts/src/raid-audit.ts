// Audit actions of the RAID log (risks, issues and blockers, assumptions, dependencies).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-raid.ts and a sample in audit-sentence-samples/raid.ts.
import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { RaidKindSchema } from './raid.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const RAID_AUDIT_ACTIONS = [
  'raid_item.created',
  'raid_item.updated',
  'raid_item.escalated',
  'raid_item.reached_top',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');
const Nullable = (what: string) => z.string().nullable().describe(what);
const NullableNumber = (what: string) => z.number().int().nullable().describe(what);

/** The stored item in short: what an audit reader needs, every kind's fields (null when not its kind). */
export const RaidSnapshotSchema = z
  .strictObject({
    key: z.string().describe('Human key, e.g. R-3'),
    kind: RaidKindSchema,
    title: z.string().describe('Title'),
    description: z.string().describe('Description'),
    ownerId: IdSchema.nullable().describe('Owner (stakeholder id), or null'),
    status: z.string().describe('Status'),
    probability: NullableNumber('Risk probability'),
    impact: NullableNumber('Risk impact'),
    mitigation: Nullable('Risk mitigation'),
    trigger: Nullable('Risk trigger'),
    isBlocker: z.boolean().describe('Issue is a blocker'),
    severity: Nullable('Issue severity'),
    escalationPath: z
      .array(
        z
          .strictObject({
            stakeholderId: IdSchema.describe('Who is asked at this level'),
            label: z.string().describe('Label of the level'),
          })
          .describe('One level'),
      )
      .describe('Escalation path, level 1 first'),
    currentLevel: z.number().int().describe('Current escalation level (0: none)'),
    decisionNeededBy: Nullable('Decision-needed-by date'),
    resolution: Nullable('Issue resolution'),
    validateBy: Nullable('Assumption validate-by date'),
    validationNote: Nullable('Assumption validation note'),
    requestingTeamId: IdSchema.nullable().describe('Dependency: requesting team'),
    providingTeamId: IdSchema.nullable().describe('Dependency: providing team'),
    neededBy: Nullable('Dependency needed-by date'),
    committedDate: Nullable('Dependency committed date'),
    links: z
      .array(
        z
          .strictObject({ kind: z.string().describe('Kind of record'), id: IdSchema.describe('Its id') })
          .describe('A link'),
      )
      .describe('Linked records'),
    version: z.number().int().describe('Version'),
  })
  .describe('The RAID item');
export type RaidSnapshot = z.infer<typeof RaidSnapshotSchema>;

const EscalationSchema = z
  .strictObject({
    key: z.string().describe('Human key, e.g. I-2'),
    title: z.string().describe('Title'),
    fromLevel: z.number().int().describe('Level before'),
    toLevel: z.number().int().describe('Level after'),
    toLabel: z.string().describe('Label of the level reached'),
    toStakeholderId: IdSchema.describe('Who is asked at the level reached'),
    automatic: z.boolean().describe('True when the daily job escalated'),
    decisionNeededBy: Nullable('The decision date that passed'),
    note: z.string().describe('Why, as given'),
  })
  .describe('The escalation');

const TopSchema = z
  .strictObject({
    key: z.string().describe('Human key, e.g. I-2'),
    title: z.string().describe('Title'),
    level: z.number().int().describe('Its last level, where it stays'),
    label: z.string().describe('Label of its last level'),
    decisionNeededBy: Nullable('The decision date that passed'),
  })
  .describe('The blocker stays at its last level');

function payload<B extends z.ZodType, A extends z.ZodType>(before: B, after: A) {
  return z.strictObject({
    entityType: z.literal('raid_item').describe('A RAID item'),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const RAID_AUDIT_PAYLOAD_SCHEMAS = {
  'raid_item.created': payload(NOTHING, RaidSnapshotSchema),
  'raid_item.updated': payload(RaidSnapshotSchema, RaidSnapshotSchema),
  'raid_item.escalated': payload(NOTHING, EscalationSchema),
  'raid_item.reached_top': payload(NOTHING, TopSchema),
} satisfies Record<(typeof RAID_AUDIT_ACTIONS)[number], z.ZodType>;
