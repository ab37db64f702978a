import type { AuditAction } from '../audit-actions.js';
import { id, type Sample } from './fixtures.js';

const group = {
  name: 'AI-generated content',
  status: 'forming',
  chairId: id(90),
  memberIds: [id(90), id(91)],
  policyIds: [id(11)],
  linkIds: [],
  cadenceRule: 'FREQ=WEEKLY;BYDAY=TU',
  cadenceStartsAt: '2026-09-01T15:00:00.000Z',
  endDate: null,
  version: 1,
} as const;
const meeting = {
  workingGroupId: id(92),
  title: 'AI-generated content · 1 Dec',
  startsAt: '2026-12-01T15:00:00.000Z',
  endsAt: '2026-12-01T15:45:00.000Z',
  occurrenceStart: '2026-12-01T15:00:00.000Z',
  cancelled: false,
  attendeeIds: [id(90)],
  attendedIds: [],
  notesLength: 0,
  version: 1,
} as const;
const item = {
  meetingId: id(93),
  meetingTitle: meeting.title,
  section: 'open_blockers',
  title: 'Vendor labelling backlog',
  done: false,
  version: 1,
} as const;

/** One sample event per audit action of working groups and their meetings. */
export const WORKING_GROUP_SAMPLES: Partial<Record<AuditAction, Sample[]>> = {
  'working_group.created': [
    {
      payload: { entityType: 'working_group', after: group },
      says: 'Priya Raman formed the working group "AI-generated content"',
    },
  ],
  'working_group.updated': [
    {
      payload: { entityType: 'working_group', before: group, after: { ...group, endDate: '2027-03-31', version: 2 } },
      says: 'Priya Raman edited the working group "AI-generated content"',
    },
  ],
  'working_group.status_changed': [
    {
      payload: {
        entityType: 'working_group',
        before: { name: group.name, status: 'forming', version: 1 },
        after: { name: group.name, status: 'active', version: 2 },
      },
      says: 'Priya Raman moved the working group "AI-generated content" from forming to active',
    },
  ],
  'meeting.opened': [
    {
      payload: { entityType: 'meeting', after: { ...meeting, agendaItems: 4, carriedForward: 1 } },
      says: 'Priya Raman opened the meeting "AI-generated content · 1 Dec" (4 agenda items)',
    },
  ],
  'meeting.updated': [
    {
      payload: {
        entityType: 'meeting',
        before: meeting,
        after: { ...meeting, attendedIds: [id(90)], notesLength: 120, version: 2 },
      },
      says: 'Priya Raman edited the meeting "AI-generated content · 1 Dec"',
    },
  ],
  'meeting.agenda_item_added': [
    {
      payload: { entityType: 'meeting_agenda_item', after: { ...item, section: 'discussion' } },
      says: 'Priya Raman added "Vendor labelling backlog" to the agenda of "AI-generated content · 1 Dec"',
    },
  ],
  'meeting.agenda_item_updated': [
    {
      payload: { entityType: 'meeting_agenda_item', before: item, after: { ...item, done: true, version: 2 } },
      says: 'Priya Raman marked "Vendor labelling backlog" on the agenda of "AI-generated content · 1 Dec" as done',
    },
  ],
  'meeting.agenda_refreshed': [
    {
      payload: { entityType: 'meeting', after: { meetingId: id(93), meetingTitle: meeting.title, added: 2 } },
      says: 'Priya Raman refreshed the agenda of "AI-generated content · 1 Dec" from live data (2 new)',
    },
  ],
  'meeting.outcome_recorded': [
    {
      payload: {
        entityType: 'meeting_outcome',
        after: {
          meetingId: id(93),
          meetingTitle: meeting.title,
          agendaItemId: id(94),
          kind: 'action',
          text: 'Draft the label copy',
          recordId: id(95),
        },
      },
      says: 'Priya Raman added the action "Draft the label copy" in "AI-generated content · 1 Dec"',
    },
  ],
};
