import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { ROADMAP_ACTIVITY_DETAIL_SCHEMAS, ROADMAP_ACTIVITY_EVENTS } from './roadmap-activity.js';
import { OKR_ACTIVITY_DETAIL_SCHEMAS, OKR_ACTIVITY_EVENTS } from './okr-activity.js';

// What an activity entry records: the kind of event and its facts, never its wording. The feed
// words it when it is read (activity-sentences.ts), with the names of today, so that a renamed
// policy or person reads right in old entries and every entry reads in the same language.
// Imports only common.contract.ts: collaboration.contract.ts imports this file.

/** Activity events, `<entity>.<past-tense verb>` like audit actions. */
export const ACTIVITY_EVENTS = [
  'policy.created',
  'policy.updated',
  'policy.applicability_updated',
  'policy_version.drafted',
  'policy_version.discarded',
  'policy_version.submitted',
  'policy_version.approved',
  'policy_version.rejected',
  'policy_version.published',
  'comment.created',
  ...ROADMAP_ACTIVITY_EVENTS,
  ...OKR_ACTIVITY_EVENTS,
] as const;
export const ActivityEventSchema = z.enum(ACTIVITY_EVENTS).describe('What happened, as a kind of event');
export type ActivityEvent = z.infer<typeof ActivityEventSchema>;

/** Policy fields a metadata edit may change, in the order a sentence names them. */
export const POLICY_ACTIVITY_FIELDS = [
  'title',
  'slug',
  'areaId',
  'owningTeamId',
  'tags',
  'restricted',
  'retired',
  'ownerIds',
  'memberIds',
] as const;
export type PolicyActivityField = (typeof POLICY_ACTIVITY_FIELDS)[number];

const VersionFactsSchema = z.strictObject({
  versionId: IdSchema.describe('The version'),
  label: z.string().describe('Its label, major.minor'),
});
const DatedVersionFactsSchema = VersionFactsSchema.extend({
  effectiveDate: z.iso.date().nullable().describe('When it takes effect (null: not set)'),
});

/** The facts each event keeps: the server checks them when it records an entry. */
export const ACTIVITY_DETAIL_SCHEMAS = {
  'policy.created': z.strictObject({}).describe('Nothing beyond the policy'),
  'policy.updated': z
    .strictObject({ fields: z.array(z.enum(POLICY_ACTIVITY_FIELDS)).describe('Fields the edit sent') })
    .describe('Which details were changed'),
  'policy.applicability_updated': z
    .strictObject({ cells: z.number().int().min(0).describe('Cells set in the grid') })
    .describe('How much of the grid is set'),
  'policy_version.drafted': VersionFactsSchema,
  'policy_version.discarded': VersionFactsSchema,
  'policy_version.submitted': VersionFactsSchema,
  'policy_version.approved': DatedVersionFactsSchema,
  'policy_version.rejected': VersionFactsSchema,
  'policy_version.published': DatedVersionFactsSchema,
  'comment.created': z
    .strictObject({ excerpt: z.string().describe('The start of the comment, as plain text') })
    .describe('What the comment says'),
  ...ROADMAP_ACTIVITY_DETAIL_SCHEMAS,
  ...OKR_ACTIVITY_DETAIL_SCHEMAS,
} as const satisfies Record<ActivityEvent, z.ZodType>;

/** The facts of one event, as a module records them. */
export type ActivityDetails<E extends ActivityEvent> = z.infer<(typeof ACTIVITY_DETAIL_SCHEMAS)[E]>;

/** An event with its facts: what `recordActivity` takes. */
export type ActivityFacts = { [E in ActivityEvent]: { event: E; details: ActivityDetails<E> } }[ActivityEvent];

export const ActivityDetailsSchema = z
  .record(z.string(), z.unknown())
  .describe("The event's facts (labels, dates, fields), as its schema in activity-events.ts gives them");
