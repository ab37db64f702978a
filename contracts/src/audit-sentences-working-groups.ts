// Sentences for the audit actions of working groups and their meetings.
import type { LooseBuilder } from './audit-sentences-planning.js';
import { words } from './sentence.js';

const get = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const str = (value: unknown, key: string) => String(get(value, key) ?? '');
const quoted = (value: unknown, key: string) => `"${str(value, key)}"`;
const OUTCOME: Record<string, string> = {
  information: 'noted information',
  decision: 'recorded the decision',
  action: 'added the action',
};

export const WORKING_GROUP_SENTENCES: Record<string, LooseBuilder> = {
  'working_group.created': (p, c) => words(c.actor, ` formed the working group ${quoted(p.after, 'name')}`),
  'working_group.updated': (p, c) => words(c.actor, ` edited the working group ${quoted(p.after, 'name')}`),
  'working_group.status_changed': (p, c) =>
    words(
      c.actor,
      ` moved the working group ${quoted(p.after, 'name')} from ${str(p.before, 'status')} to ${str(p.after, 'status')}`,
    ),
  'meeting.opened': (p, c) =>
    words(c.actor, ` opened the meeting ${quoted(p.after, 'title')} (${str(p.after, 'agendaItems')} agenda items)`),
  'meeting.updated': (p, c) => words(c.actor, ` edited the meeting ${quoted(p.after, 'title')}`),
  'meeting.agenda_item_added': (p, c) =>
    words(c.actor, ` added ${quoted(p.after, 'title')} to the agenda of ${quoted(p.after, 'meetingTitle')}`),
  'meeting.agenda_item_updated': (p, c) =>
    words(
      c.actor,
      get(p.after, 'done') === true && get(p.before, 'done') !== true ? ' marked ' : ' edited ',
      `${quoted(p.after, 'title')} on the agenda of ${quoted(p.after, 'meetingTitle')}`,
      get(p.after, 'done') === true && get(p.before, 'done') !== true ? ' as done' : '',
    ),
  'meeting.agenda_refreshed': (p, c) =>
    words(
      c.actor,
      ` refreshed the agenda of ${quoted(p.after, 'meetingTitle')} from live data (${str(p.after, 'added')} new)`,
    ),
  'meeting.outcome_recorded': (p, c) =>
    words(
      c.actor,
      ` ${OUTCOME[str(p.after, 'kind')] ?? 'recorded'} ${quoted(p.after, 'text')} in ${quoted(p.after, 'meetingTitle')}`,
    ),
};
