// Audit actions of action items.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-action-items.ts and a sample in audit-sentence-samples/action-items.ts.
import { z } from 'zod';
import { ActionItemSourceKindSchema, ActionItemStatusSchema } from './action-items.contract.js';
import { IdSchema, VersionSchema } from './common.contract.js';
import { LinkedRecordKindSchema } from './governance.contract.js';
import { IsoDateSchema } from './policies.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const ACTION_ITEM_AUDIT_ACTIONS = [
  'action_item.created',
  'action_item.updated',
  'action_item.status_changed',
] as const;

/** An action item as its audit events record it. */
export const ActionItemSnapshotSchema = z
  .strictObject({
    title: z.string().describe('What is to be done'),
    notes: z.string().describe('Notes (Markdown)'),
    ownerId: IdSchema.describe('Owner (stakeholder id)'),
    ownerName: z.string().describe('Owner name at the time'),
    dueDate: IsoDateSchema.nullable().describe('Due date, null for none'),
    status: ActionItemStatusSchema,
    sourceKind: ActionItemSourceKindSchema,
    sourceId: IdSchema.nullable().describe('The source record, null for manual'),
    workingGroupId: IdSchema.nullable().describe('Working group, if any'),
    links: z
      .array(z.strictObject({ kind: LinkedRecordKindSchema, id: IdSchema.describe('Linked record id') }))
      .describe('Linked records'),
    version: VersionSchema,
  })
  .describe('An action item');

const StatusSnapshotSchema = z
  .strictObject({
    title: z.string().describe('What is to be done'),
    status: ActionItemStatusSchema,
    version: VersionSchema,
  })
  .describe('The status of an action item');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}
const NOTHING = z.null().optional().describe('Nothing recorded');

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const ACTION_ITEM_AUDIT_PAYLOAD_SCHEMAS = {
  'action_item.created': payload('action_item', NOTHING, ActionItemSnapshotSchema),
  'action_item.updated': payload('action_item', ActionItemSnapshotSchema, ActionItemSnapshotSchema),
  'action_item.status_changed': payload('action_item', StatusSnapshotSchema, StatusSnapshotSchema),
} as const satisfies Record<(typeof ACTION_ITEM_AUDIT_ACTIONS)[number], z.ZodType>;
