import { z } from 'zod';
import { IdSchema, TimestampSchema, VersionSchema } from './common.contract.js';
import { LinkedRecordSchema, StakeholderSummarySchema } from './governance.contract.js';
import { IsoDateSchema } from './policies.contract.js';

/** Cross-policy working groups (issue 11): charter, members, cadence, status, links. */

export const WORKING_GROUP_STATUSES = ['forming', 'active', 'paused', 'closed'] as const;
export const WorkingGroupStatusSchema = z
  .enum(WORKING_GROUP_STATUSES)
  .describe('forming → active → paused ↔ active → closed');
export type WorkingGroupStatus = z.infer<typeof WorkingGroupStatusSchema>;

export const WORKING_GROUP_STATUS_LABELS: Record<WorkingGroupStatus, string> = {
  forming: 'Forming',
  active: 'Active',
  paused: 'Paused',
  closed: 'Closed',
};

/** The moves a group may make from each status (closed is final). */
export const WORKING_GROUP_MOVES: Record<WorkingGroupStatus, readonly WorkingGroupStatus[]> = {
  forming: ['active', 'closed'],
  active: ['paused', 'closed'],
  paused: ['active', 'closed'],
  closed: [],
};

export const MEMBER_ROLES = ['chair', 'member', 'secretary', 'observer'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES).describe('Role in the group');
export type MemberRole = z.infer<typeof MemberRoleSchema>;
export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  chair: 'Chair',
  member: 'Member',
  secretary: 'Secretary',
  observer: 'Observer',
};

const ShortText = (what: string) => z.string().trim().min(1, 'Enter some text').max(300).describe(what);

export const CadenceInputSchema = z
  .object({
    rule: z
      .string()
      .trim()
      .min(1, 'Enter a recurrence rule')
      .max(500)
      .describe('RFC 5545 RRULE without the "RRULE:" prefix, e.g. FREQ=WEEKLY;BYDAY=TU'),
    startsAt: z.iso.datetime().describe('First meeting start (UTC ISO timestamp): the series DTSTART'),
    timeZone: z
      .string()
      .max(64)
      .nullable()
      .default(null)
      .describe('IANA time zone the group thinks in, e.g. Europe/Berlin (display only; times are UTC)'),
    durationMinutes: z.number().int().min(5).max(720).describe('Length of each meeting in minutes'),
  })
  .describe('When the group meets');
export type CadenceInput = z.input<typeof CadenceInputSchema>;

export const CadenceSchema = z
  .object({
    rule: z.string().describe('RFC 5545 RRULE without the prefix'),
    startsAt: TimestampSchema.describe('Series start (DTSTART, UTC)'),
    timeZone: z.string().nullable().describe('IANA time zone, when given'),
    durationMinutes: z.number().int().describe('Length of each meeting in minutes'),
    summary: z.string().describe('The rule in words, e.g. "every week on Tuesday"'),
  })
  .describe('The cadence of the group');
export type Cadence = z.infer<typeof CadenceSchema>;

export const CharterInputSchema = z
  .object({
    purpose: z.string().max(20000).default('').describe('Purpose of the group (Markdown)'),
    policyIds: z.array(IdSchema.describe('A policy in scope')).max(50).default([]).describe('Policies in scope'),
    deliverables: z.array(ShortText('A deliverable')).max(50).default([]).describe('What the group delivers'),
    successCriteria: z.array(ShortText('A success criterion')).max(50).default([]).describe('How success is judged'),
    endDate: IsoDateSchema.nullable().default(null).describe('When the group is expected to close (null: open-ended)'),
  })
  .describe('The charter');

export const MemberInputSchema = z.object({
  stakeholderId: IdSchema.describe('Stakeholder id of the member'),
  role: MemberRoleSchema,
});

const GroupLinkRefSchema = z.object({
  kind: z.enum(['initiative', 'change_request']).describe('Initiative or change request'),
  id: IdSchema.describe('Id of the linked record'),
});

export const WorkingGroupCreateSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name').max(120).describe('Name of the group'),
  charter: CharterInputSchema.default({
    purpose: '',
    policyIds: [],
    deliverables: [],
    successCriteria: [],
    endDate: null,
  }),
  chairId: IdSchema.describe('Stakeholder id of the chair'),
  members: z.array(MemberInputSchema).max(100).default([]).describe('Members (the chair is added as chair)'),
  cadence: CadenceInputSchema.nullable().default(null),
  links: z.array(GroupLinkRefSchema).max(50).default([]).describe('Linked initiatives and change requests'),
});
export type WorkingGroupCreate = z.input<typeof WorkingGroupCreateSchema>;

export const WorkingGroupUpdateSchema = z.object({
  version: VersionSchema,
  name: WorkingGroupCreateSchema.shape.name.optional(),
  charter: CharterInputSchema.optional(),
  chairId: IdSchema.optional().describe('Stakeholder id of the chair'),
  members: z.array(MemberInputSchema).max(100).optional().describe('Members, replacing the list'),
  cadence: CadenceInputSchema.nullable().optional(),
  links: z.array(GroupLinkRefSchema).max(50).optional().describe('Linked records, replacing the list'),
});
export type WorkingGroupUpdate = z.input<typeof WorkingGroupUpdateSchema>;

export const WorkingGroupTransitionSchema = z.object({
  version: VersionSchema,
  to: WorkingGroupStatusSchema,
});

export const WorkingGroupIdParamsSchema = z.object({ id: IdSchema.describe('Working group id') });

export const OccurrenceSchema = z.object({
  startsAt: TimestampSchema.describe('Start of the occurrence (UTC)'),
  endsAt: TimestampSchema.describe('End of the occurrence (UTC)'),
  meetingId: IdSchema.nullable().describe('The stored meeting, once opened'),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

export const OccurrencesQuerySchema = z.object({
  count: z.coerce.number().int().min(1).max(52).default(6).describe('How many upcoming occurrences (1-52)'),
});
export const OccurrencesSchema = z.object({
  items: z.array(OccurrenceSchema).describe('Upcoming occurrences, soonest first'),
});

export const CadencePreviewSchema = z.object({
  cadence: CadenceInputSchema,
  count: z.number().int().min(1).max(20).default(5).describe('How many dates to show'),
});
export const CadencePreviewResultSchema = z.object({
  summary: z.string().describe('The rule in words'),
  occurrences: z.array(TimestampSchema.describe('Start (UTC)')).describe('Next starts from now'),
});

export const WorkingGroupMemberSchema = z.object({
  stakeholder: StakeholderSummarySchema,
  role: MemberRoleSchema,
});

export const WorkingGroupSchema = z.object({
  id: IdSchema,
  name: z.string().describe('Name'),
  status: WorkingGroupStatusSchema,
  moves: z.array(WorkingGroupStatusSchema).describe('Statuses it may move to now'),
  charter: z.object({
    purpose: z.string().describe('Purpose (Markdown)'),
    purposeHtml: z.string().describe('Purpose rendered as sanitised HTML'),
    policies: z.array(LinkedRecordSchema).describe('Policies in scope the caller may see'),
    deliverables: z.array(z.string().describe('A deliverable')).describe('Deliverables'),
    successCriteria: z.array(z.string().describe('A criterion')).describe('Success criteria'),
    endDate: IsoDateSchema.nullable().describe('Expected end'),
  }),
  chair: StakeholderSummarySchema.nullable().describe('The chair'),
  members: z.array(WorkingGroupMemberSchema).describe('Members and their roles'),
  cadence: CadenceSchema.nullable(),
  links: z.array(LinkedRecordSchema).describe('Linked initiatives and change requests the caller may see'),
  nextMeetingAt: TimestampSchema.nullable().describe('Next occurrence of the cadence'),
  abilities: z.object({
    update: z.boolean().describe('May edit the group'),
    runMeetings: z.boolean().describe('May open and edit its meetings (manage permission, chair or secretary)'),
  }),
  version: VersionSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;

export const WorkingGroupSummarySchema = z.object({
  id: IdSchema,
  name: z.string().describe('Name'),
  status: WorkingGroupStatusSchema,
  chair: StakeholderSummarySchema.nullable().describe('The chair'),
  memberCount: z.number().int().describe('Members, chair included'),
  nextMeetingAt: TimestampSchema.nullable().describe('Next occurrence of the cadence'),
  cadenceSummary: z.string().nullable().describe('The cadence in words'),
});
export type WorkingGroupSummary = z.infer<typeof WorkingGroupSummarySchema>;

export const WorkingGroupListQuerySchema = z.object({
  status: WorkingGroupStatusSchema.optional().describe('Only groups in this status'),
});
export const WorkingGroupListSchema = z.object({
  items: z.array(WorkingGroupSummarySchema).describe('Groups by name'),
});
