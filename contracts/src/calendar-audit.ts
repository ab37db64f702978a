// Audit actions of calendar feeds (feed tokens).
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-calendar.ts and a sample in audit-sentence-samples/calendar.ts.
import { z } from 'zod';
import { CalendarFeedOwnerKindSchema } from './calendar.contract.js';
import { IdSchema } from './common.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const CALENDAR_AUDIT_ACTIONS = ['calendar_feed.created', 'calendar_feed.revoked'] as const;

/** A feed as its audit events record it: never its secret nor the secret's hash. */
const FeedSnapshotSchema = z
  .strictObject({
    name: z.string().describe('Feed name'),
    ownerKind: CalendarFeedOwnerKindSchema,
    workingGroupId: IdSchema.nullable().describe('The working group of a group feed'),
    stakeholderId: IdSchema.nullable().describe('The directory entry of a person feed'),
    userId: IdSchema.describe('The account whose visibility the feed answers with'),
  })
  .describe('A calendar feed');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}
const NOTHING = z.null().optional().describe('Nothing recorded');

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const CALENDAR_AUDIT_PAYLOAD_SCHEMAS = {
  'calendar_feed.created': payload('calendar_feed', NOTHING, FeedSnapshotSchema),
  'calendar_feed.revoked': payload('calendar_feed', FeedSnapshotSchema, NOTHING),
} as const satisfies Record<(typeof CALENDAR_AUDIT_ACTIONS)[number], z.ZodType>;
