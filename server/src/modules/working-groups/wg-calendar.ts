import type { DbScope } from '../../db/scope.js';
import type { Actor } from '../../http/actor.js';
import type { CalendarEntry, CalendarOwner, CalendarSource } from '../calendar/calendar-sources.js';
import type { EngagementSource } from '../stakeholders/engagement-sources.js';
import { endOf, firstOccurrence } from './cadence.js';
import * as meetingsRepo from './meetings.repository.js';
import type { MeetingRow } from './meetings.repository.js';
import * as repo from './working-groups.repository.js';
import type { GroupRow } from './working-groups.repository.js';
import { cadenceOf } from './wg-views.js';

const seriesUid = (groupId: string) => `working-group-${groupId}@policyops`;

const single = (m: MeetingRow, group: GroupRow): CalendarEntry => ({
  uid: `meeting-${m.id}@policyops`,
  summary: m.title,
  description: `Meeting of ${group.name}`,
  href: `/meetings/${m.id}`,
  start: m.starts_at,
  end: m.ends_at,
  allDay: false,
  categories: ['Meeting'],
});

/**
 * A group's series as calendars take it: one recurring event (RRULE from the cadence, DTSTART the first
 * occurrence), EXDATEs for cancelled occurrences, RECURRENCE-ID overrides for occurrences opened at
 * another time, and ad hoc meetings as single events. A closed group's series ends: its stored meetings
 * stay as single events.
 */
export function groupEntries(group: GroupRow, meetings: readonly MeetingRow[]): CalendarEntry[] {
  const cadence = group.status === 'closed' ? null : cadenceOf(group);
  const first = cadence ? firstOccurrence(cadence) : null;
  const entries: CalendarEntry[] = [];
  const inSeries = (m: MeetingRow) => cadence !== null && first !== null && m.occurrence_start !== null;
  if (cadence && first)
    entries.push({
      uid: seriesUid(group.id),
      summary: group.name,
      description: `Meeting of the working group ${group.name} (${cadence.summary})`,
      href: `/working-groups/${group.id}`,
      start: first,
      end: endOf(cadence, first),
      allDay: false,
      rrule: cadence.rule,
      exdates: meetings.filter((m) => inSeries(m) && m.cancelled === 1).map((m) => m.occurrence_start!),
      categories: ['Working group'],
    });
  for (const m of meetings) {
    if (m.cancelled === 1 && inSeries(m)) continue;
    if (inSeries(m)) {
      const moved = m.starts_at !== m.occurrence_start || m.ends_at !== endOf(cadence!, m.occurrence_start!);
      const renamed = m.title !== group.name;
      if (moved || renamed)
        entries.push({ ...single(m, group), uid: seriesUid(group.id), recurrenceId: m.occurrence_start! });
    } else if (m.cancelled === 0) entries.push(single(m, group));
  }
  return entries;
}

async function entriesOf(db: DbScope, groupIds: string[]): Promise<CalendarEntry[]> {
  const groups = await repo.groupsByIds(db, groupIds);
  const meetings = await meetingsRepo.meetingsOf(db, groupIds);
  return groups.flatMap((g) =>
    groupEntries(
      g,
      meetings.filter((m) => m.working_group_id === g.id),
    ),
  );
}

/** Calendar source: a group's feed has its series; a person's has the series of every group they belong to. */
export const workingGroupCalendarSource: CalendarSource = async (db: DbScope, _actor: Actor, owner: CalendarOwner) => {
  if (owner.kind === 'working_group') return entriesOf(db, [owner.workingGroupId]);
  return entriesOf(db, await repo.groupIdsOfMember(db, owner.stakeholderId));
};

/** Engagement source: the meetings a person was marked as having attended. */
export const meetingsAttendedSource: EngagementSource = async (db, _actor, person) => {
  const meetings = await meetingsRepo.attendedBy(db, person.stakeholderId);
  const groups = new Map(
    (await repo.groupsByIds(db, [...new Set(meetings.map((m) => m.working_group_id))])).map((g) => [g.id, g]),
  );
  return meetings.map((m) => ({
    kind: 'meeting_attended' as const,
    at: m.starts_at,
    title: m.title,
    detail: `Attended · ${groups.get(m.working_group_id)?.name ?? 'working group'}`,
    href: `/meetings/${m.id}`,
  }));
};
