import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { StakeholderSummarySchema } from './governance.contract.js';
import { IsoDateSchema } from './policies.contract.js';

/** Meetings of a working group's series (issue 11): agenda by section, outcomes, attendees, notes. */

export const AGENDA_SECTIONS = [
  'carried_forward',
  'open_blockers',
  'decisions_needed',
  'overdue_actions',
  'recent_launches',
  'milestones_due',
  'discussion',
] as const;
export const AgendaSectionSchema = z.enum(AGENDA_SECTIONS).describe('Section of the agenda');
export type AgendaSection = z.infer<typeof AgendaSectionSchema>;

export const AGENDA_SECTION_LABELS: Record<AgendaSection, string> = {
  carried_forward: 'Carried forward',
  open_blockers: 'Open blockers',
  decisions_needed: 'Decisions needed',
  overdue_actions: 'Overdue actions',
  recent_launches: 'Recent launches',
  milestones_due: 'Milestones due',
  discussion: 'Discussion',
};

export const OUTCOME_KINDS = ['information', 'decision', 'action'] as const;
export const OutcomeKindSchema = z.enum(OUTCOME_KINDS).describe('information, decision or action');
export type OutcomeKind = z.infer<typeof OutcomeKindSchema>;

export const OutcomeSchema = z.object({
  id: IdSchema,
  kind: OutcomeKindSchema,
  text: z.string().describe('The information, or the title of the decision or action'),
  record: z
    .object({
      id: IdSchema.describe('Id of the created decision or action'),
      title: z.string().describe('Its title'),
      href: z.string().describe('Its path in the web app'),
    })
    .nullable()
    .describe('The decision or action created (null for information)'),
  createdAt: TimestampSchema,
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const AgendaItemSchema = z.object({
  id: IdSchema,
  section: AgendaSectionSchema,
  title: z.string().describe('What is discussed'),
  detail: z.string().describe('One line of why it is on the agenda'),
  source: z
    .object({
      kind: z.string().describe('Kind of record, e.g. raid_item, action_item, change_request, milestone'),
      id: z.string().describe('Id of the record'),
      href: z.string().describe('Its path in the web app'),
    })
    .nullable()
    .describe('The record it was pre-filled from (null: typed in)'),
  carriedFrom: IsoDateSchema.nullable().describe('Date of the meeting it was carried from (null: new here)'),
  done: z.boolean().describe('Marked done in this meeting'),
  outcomes: z.array(OutcomeSchema).describe('Outcomes recorded on this item'),
  version: VersionSchema,
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

export const AttendeeSchema = z.object({
  stakeholder: StakeholderSummarySchema,
  attended: z.boolean().describe('Attended the meeting'),
});

export const MeetingSchema = z.object({
  id: IdSchema,
  workingGroup: z.object({ id: IdSchema, name: z.string().describe('Group name') }).describe('The series'),
  title: z.string().describe('Title'),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  occurrenceStart: TimestampSchema.nullable().describe('The cadence occurrence it is (null: ad hoc)'),
  location: z.string().describe('Room or place'),
  videoLink: z.string().describe('Video call link'),
  cancelled: z.boolean().describe('Cancelled (left out of the calendar series)'),
  attendees: z.array(AttendeeSchema).describe('Invited people and whether they attended'),
  notes: z.string().describe('Notes (Markdown)'),
  notesHtml: z.string().describe('Notes rendered as sanitised HTML'),
  agenda: z.array(AgendaItemSchema).describe('Agenda items by section, in order'),
  previousMeeting: z
    .object({ id: IdSchema, startsAt: TimestampSchema })
    .nullable()
    .describe('The previous meeting of the series'),
  abilities: z.object({ edit: z.boolean().describe('May edit the meeting, its agenda and outcomes') }),
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const MeetingSummarySchema = z.object({
  id: IdSchema,
  title: z.string().describe('Title'),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  occurrenceStart: TimestampSchema.nullable().describe('The occurrence it is (null: ad hoc)'),
  cancelled: z.boolean().describe('Cancelled'),
  attendedCount: z.number().int().describe('People marked as attended'),
  openItems: z.number().int().describe('Agenda items not done'),
});
export const MeetingListSchema = z.object({
  items: z.array(MeetingSummarySchema).describe('Stored meetings of the group, latest first'),
});

const TextField = (max: number, what: string) => z.string().trim().max(max).describe(what);

export const MeetingOpenSchema = z.object({
  occurrenceStart: z.iso
    .datetime()
    .optional()
    .describe('Open this occurrence of the cadence (idempotent); leave out for an ad hoc meeting'),
  title: TextField(200, 'Title (default: the group name and date)').optional(),
  startsAt: z.iso.datetime().optional().describe('Start (ad hoc meetings)'),
  endsAt: z.iso.datetime().optional().describe('End (ad hoc meetings; after startsAt)'),
  location: TextField(200, 'Room or place').optional(),
  videoLink: z.url().max(500).or(z.literal('')).optional().describe('Video call link'),
});
export type MeetingOpen = z.input<typeof MeetingOpenSchema>;

export const MeetingUpdateSchema = z.object({
  version: VersionSchema,
  title: TextField(200, 'Title').min(1).optional(),
  startsAt: z.iso.datetime().optional().describe('Start (moving an occurrence overrides it in calendars)'),
  endsAt: z.iso.datetime().optional().describe('End (after startsAt)'),
  location: TextField(200, 'Room or place').optional(),
  videoLink: z.url().max(500).or(z.literal('')).optional().describe('Video call link'),
  notes: z.string().max(100000).optional().describe('Notes (Markdown)'),
  cancelled: z.boolean().optional().describe('Cancel or restore the meeting'),
  attendees: z
    .array(
      z.object({
        stakeholderId: IdSchema.describe('Stakeholder id'),
        attended: z.boolean().describe('Attended'),
      }),
    )
    .max(200)
    .optional()
    .describe('Attendees, replacing the list'),
});
export type MeetingUpdate = z.input<typeof MeetingUpdateSchema>;

export const MeetingIdParamsSchema = z.object({ id: IdSchema.describe('Meeting id') });
export const AgendaItemParamsSchema = z.object({
  id: IdSchema.describe('Meeting id'),
  itemId: IdSchema.describe('Agenda item id'),
});

export const AgendaItemCreateSchema = z.object({
  section: AgendaSectionSchema.default('discussion'),
  title: z.string().trim().min(1, 'Enter a title').max(300).describe('What is discussed'),
  detail: z.string().trim().max(500).default('').describe('A line of context'),
});
export const AgendaItemUpdateSchema = z.object({
  version: VersionSchema,
  done: z.boolean().optional().describe('Mark done (done items do not carry forward)'),
  title: z.string().trim().min(1).max(300).optional().describe('What is discussed'),
});

export const OutcomeCreateSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('information').describe('Information noted'),
    text: z.string().trim().min(1, 'Enter the information').max(5000).describe('What was noted'),
  }),
  z.object({
    kind: z.literal('decision').describe('A decision, recorded in the decision register'),
    title: z.string().trim().min(1, 'Enter a title').max(200).describe('Decision title'),
    context: z.string().max(10000).default('').describe('Context'),
    decision: z.string().trim().min(1, 'Enter the decision').max(10000).describe('What was decided'),
    rationale: z.string().max(10000).default('').describe('Why'),
    status: z.enum(['proposed', 'accepted']).default('accepted').describe('Proposed or accepted'),
  }),
  z.object({
    kind: z.literal('action').describe('An action item, owned by someone in the directory'),
    title: z.string().trim().min(1, 'Enter a title').max(200).describe('What to do'),
    ownerId: IdSchema.describe('Stakeholder id of the owner'),
    dueDate: IsoDateSchema.nullable().default(null).describe('Due date'),
  }),
]);
export type OutcomeCreate = z.input<typeof OutcomeCreateSchema>;
