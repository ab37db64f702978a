// Audit actions of working groups and their meetings.
// Each action needs a payload schema here (every field with .describe()), a sentence in
// audit-sentences-working-groups.ts and a sample in audit-sentence-samples/working-groups.ts.
import { z } from 'zod';
import { IdSchema, VersionSchema } from './common.contract.js';
import { AgendaSectionSchema, OutcomeKindSchema } from './meetings.contract.js';
import { WorkingGroupStatusSchema } from './working-groups.contract.js';

/** The audit actions of this area; audit-actions.ts adds them to the one list. */
export const WORKING_GROUP_AUDIT_ACTIONS = [
  'working_group.created',
  'working_group.updated',
  'working_group.status_changed',
  'meeting.opened',
  'meeting.updated',
  'meeting.agenda_item_added',
  'meeting.agenda_item_updated',
  'meeting.agenda_refreshed',
  'meeting.outcome_recorded',
] as const;

const NOTHING = z.null().optional().describe('Nothing recorded');

const GroupSnapshotSchema = z
  .strictObject({
    name: z.string().describe('Group name'),
    status: WorkingGroupStatusSchema,
    chairId: IdSchema.describe('Stakeholder id of the chair'),
    memberIds: z.array(IdSchema.describe('Stakeholder id')).describe('Members, chair included'),
    policyIds: z.array(IdSchema.describe('Policy id')).describe('Policies in scope'),
    linkIds: z.array(IdSchema.describe('Record id')).describe('Linked initiatives and change requests'),
    cadenceRule: z.string().nullable().describe('RRULE of the cadence (null: none)'),
    cadenceStartsAt: z.string().nullable().describe('Series start (null: no cadence)'),
    endDate: z.string().nullable().describe('Charter end date'),
    version: VersionSchema,
  })
  .describe('The working group');

const StatusSchema = z
  .strictObject({ name: z.string().describe('Group name'), status: WorkingGroupStatusSchema, version: VersionSchema })
  .describe('The status');

const MeetingSnapshotSchema = z
  .strictObject({
    workingGroupId: IdSchema.describe('The group'),
    title: z.string().describe('Title'),
    startsAt: z.string().describe('Start (UTC)'),
    endsAt: z.string().describe('End (UTC)'),
    occurrenceStart: z.string().nullable().describe('Cadence occurrence (null: ad hoc)'),
    cancelled: z.boolean().describe('Cancelled'),
    attendeeIds: z.array(IdSchema.describe('Stakeholder id')).describe('Invited'),
    attendedIds: z.array(IdSchema.describe('Stakeholder id')).describe('Marked as attended'),
    notesLength: z.number().int().describe('Length of the notes in characters'),
    version: VersionSchema,
  })
  .describe('The meeting');

const OpenedSchema = MeetingSnapshotSchema.extend({
  agendaItems: z.number().int().describe('Agenda items pre-filled or carried forward'),
  carriedForward: z.number().int().describe('Of which carried forward from the previous meeting'),
}).describe('The meeting opened');

const AgendaItemSnapshotSchema = z
  .strictObject({
    meetingId: IdSchema.describe('The meeting'),
    meetingTitle: z.string().describe('Meeting title'),
    section: AgendaSectionSchema,
    title: z.string().describe('Item title'),
    done: z.boolean().describe('Marked done'),
    version: VersionSchema,
  })
  .describe('An agenda item');

const RefreshedSchema = z
  .strictObject({
    meetingId: IdSchema.describe('The meeting'),
    meetingTitle: z.string().describe('Meeting title'),
    added: z.number().int().describe('New items pre-filled from live data'),
  })
  .describe('The refresh');

const OutcomeSnapshotSchema = z
  .strictObject({
    meetingId: IdSchema.describe('The meeting'),
    meetingTitle: z.string().describe('Meeting title'),
    agendaItemId: IdSchema.describe('The agenda item'),
    kind: OutcomeKindSchema,
    text: z.string().describe('The information, or the title of what was created'),
    recordId: IdSchema.nullable().describe('The decision or action created (null: information)'),
  })
  .describe('The outcome');

function payload<E extends string, B extends z.ZodType, A extends z.ZodType>(entityType: E, before: B, after: A) {
  return z.strictObject({
    entityType: z.literal(entityType).describe(`Kind of record: ${entityType}`),
    before: before.describe(before.description ?? 'State before'),
    after: after.describe(after.description ?? 'State after'),
  });
}

/** The payload schema of each action (spread into AUDIT_PAYLOAD_SCHEMAS). */
export const WORKING_GROUP_AUDIT_PAYLOAD_SCHEMAS = {
  'working_group.created': payload('working_group', NOTHING, GroupSnapshotSchema),
  'working_group.updated': payload('working_group', GroupSnapshotSchema, GroupSnapshotSchema),
  'working_group.status_changed': payload('working_group', StatusSchema, StatusSchema),
  'meeting.opened': payload('meeting', NOTHING, OpenedSchema),
  'meeting.updated': payload('meeting', MeetingSnapshotSchema, MeetingSnapshotSchema),
  'meeting.agenda_item_added': payload('meeting_agenda_item', NOTHING, AgendaItemSnapshotSchema),
  'meeting.agenda_item_updated': payload('meeting_agenda_item', AgendaItemSnapshotSchema, AgendaItemSnapshotSchema),
  'meeting.agenda_refreshed': payload('meeting', NOTHING, RefreshedSchema),
  'meeting.outcome_recorded': payload('meeting_outcome', NOTHING, OutcomeSnapshotSchema),
} satisfies Record<(typeof WORKING_GROUP_AUDIT_ACTIONS)[number], z.ZodType>;
