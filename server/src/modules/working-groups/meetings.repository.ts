import type { Insertable, Selectable } from 'kysely';
import { queryBuilder, type DbScope } from '../../db/scope.js';
import type {
  MeetingAgendaItemsTable,
  MeetingAttendeesTable,
  MeetingOutcomesTable,
  MeetingsTable,
} from '../../db/working-groups-schema.js';

export type MeetingRow = Selectable<MeetingsTable>;
export type AttendeeRow = Selectable<MeetingAttendeesTable>;
export type AgendaItemRow = Selectable<MeetingAgendaItemsTable>;
export type OutcomeRow = Selectable<MeetingOutcomesTable>;

export async function findMeeting(scope: DbScope, id: string): Promise<MeetingRow | undefined> {
  return queryBuilder(scope).selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function meetingsByIds(scope: DbScope, ids: string[]): Promise<MeetingRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope).selectFrom('meetings').selectAll().where('id', 'in', ids).execute();
}

export async function findOccurrence(
  scope: DbScope,
  groupId: string,
  occurrenceStart: string,
): Promise<MeetingRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('meetings')
    .selectAll()
    .where('working_group_id', '=', groupId)
    .where('occurrence_start', '=', occurrenceStart)
    .executeTakeFirst();
}

/** The group's stored meetings, latest first. */
export async function meetingsOf(scope: DbScope, groupIds: string[]): Promise<MeetingRow[]> {
  if (groupIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('meetings')
    .selectAll()
    .where('working_group_id', 'in', groupIds)
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The latest meeting of the series (not cancelled) that starts before `before`. */
export async function previousMeeting(
  scope: DbScope,
  groupId: string,
  before: string,
  exceptId: string | null,
): Promise<MeetingRow | undefined> {
  let query = queryBuilder(scope)
    .selectFrom('meetings')
    .selectAll()
    .where('working_group_id', '=', groupId)
    .where('cancelled', '=', 0)
    .where('starts_at', '<', before);
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.orderBy('starts_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertMeeting(scope: DbScope, row: Insertable<MeetingsTable>): Promise<void> {
  await queryBuilder(scope).insertInto('meetings').values(row).execute();
}

export async function updateMeetingVersioned(scope: DbScope, row: MeetingRow, readVersion: number): Promise<boolean> {
  const { id, ...fields } = row;
  const result = await queryBuilder(scope)
    .updateTable('meetings')
    .set({ ...fields, version: readVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function attendeesOf(scope: DbScope, meetingIds: string[]): Promise<AttendeeRow[]> {
  if (meetingIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('meeting_attendees')
    .selectAll()
    .where('meeting_id', 'in', meetingIds)
    .orderBy('position')
    .execute();
}

export async function replaceAttendees(
  scope: DbScope,
  meetingId: string,
  attendees: { stakeholderId: string; attended: boolean }[],
): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
  if (attendees.length === 0) return;
  await db
    .insertInto('meeting_attendees')
    .values(
      attendees.map((a, position) => ({
        meeting_id: meetingId,
        stakeholder_id: a.stakeholderId,
        attended: a.attended ? 1 : 0,
        position,
      })),
    )
    .execute();
}

/** Meetings a stakeholder attended, latest first (engagement history). */
export async function attendedBy(scope: DbScope, stakeholderId: string): Promise<MeetingRow[]> {
  return queryBuilder(scope)
    .selectFrom('meetings as m')
    .innerJoin('meeting_attendees as a', 'a.meeting_id', 'm.id')
    .selectAll('m')
    .where('a.stakeholder_id', '=', stakeholderId)
    .where('a.attended', '=', 1)
    .where('m.cancelled', '=', 0)
    .orderBy('m.starts_at', 'desc')
    .execute();
}

export async function agendaOf(scope: DbScope, meetingIds: string[]): Promise<AgendaItemRow[]> {
  if (meetingIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('meeting_agenda_items')
    .selectAll()
    .where('meeting_id', 'in', meetingIds)
    .orderBy('position')
    .orderBy('id')
    .execute();
}

export async function findAgendaItem(
  scope: DbScope,
  meetingId: string,
  itemId: string,
): Promise<AgendaItemRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('meeting_agenda_items')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('id', '=', itemId)
    .executeTakeFirst();
}

export async function insertAgendaItems(scope: DbScope, rows: Insertable<MeetingAgendaItemsTable>[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope).insertInto('meeting_agenda_items').values(rows).execute();
}

export async function updateAgendaItemVersioned(
  scope: DbScope,
  row: AgendaItemRow,
  readVersion: number,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('meeting_agenda_items')
    .set({ title: row.title, done: row.done, version: readVersion + 1 })
    .where('id', '=', row.id)
    .where('version', '=', readVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function outcomesOf(scope: DbScope, meetingIds: string[]): Promise<OutcomeRow[]> {
  if (meetingIds.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('meeting_outcomes')
    .selectAll()
    .where('meeting_id', 'in', meetingIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertOutcome(scope: DbScope, row: Insertable<MeetingOutcomesTable>): Promise<void> {
  await queryBuilder(scope).insertInto('meeting_outcomes').values(row).execute();
}
