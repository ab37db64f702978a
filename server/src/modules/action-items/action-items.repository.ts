import { sql } from 'kysely';
import type { ActionItemsTable } from '../../db/action-items-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import type { Viewer } from '../policies/policy-visibility.query.js';
import { actionVisibleTo } from './action-item-visibility.query.js';

export type ActionItemRow = ActionItemsTable;
export interface ActionLinkRow {
  action_item_id: string;
  kind: string;
  record_id: string;
}

const OPEN = ['open', 'in_progress'];
/** Sorts undated actions after dated ones in both dialects ('9999' sorts after every real date). */
const dueKey = sql<string>`coalesce(a.due_date, '9999-12-31')`;

export interface ListFilter {
  ownerId?: string;
  statuses?: string[];
  overdue?: boolean;
  today: string;
  workingGroupId?: string;
  sourceKind?: string;
  sourceId?: string;
  dueBefore?: string;
  /** Keyset: rows after (dueKey, id). */
  after?: { dueKey: string; id: string };
  limit: number;
}

function visible(scope: DbScope, viewer: Viewer) {
  return queryBuilder(scope).selectFrom('action_items as a').selectAll('a').where(actionVisibleTo(viewer));
}

export async function find(scope: DbScope, id: string): Promise<ActionItemRow | undefined> {
  return queryBuilder(scope).selectFrom('action_items').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The action when the viewer may see it (need-to-know rule in SQL). */
export async function findVisible(scope: DbScope, viewer: Viewer, id: string): Promise<ActionItemRow | undefined> {
  return visible(scope, viewer).where('a.id', '=', id).executeTakeFirst();
}

/** A page of the actions the viewer may see, by due date (undated last), then id. */
export async function list(scope: DbScope, viewer: Viewer, f: ListFilter): Promise<ActionItemRow[]> {
  let q = visible(scope, viewer);
  if (f.ownerId) q = q.where('a.owner_id', '=', f.ownerId);
  if (f.statuses && f.statuses.length > 0) q = q.where('a.status', 'in', f.statuses);
  if (f.workingGroupId) q = q.where('a.working_group_id', '=', f.workingGroupId);
  if (f.sourceKind) q = q.where('a.source_kind', '=', f.sourceKind);
  if (f.sourceId) q = q.where('a.source_id', '=', f.sourceId);
  if (f.dueBefore) q = q.where('a.due_date', '<', f.dueBefore);
  if (f.overdue === true) q = q.where('a.status', 'in', OPEN).where('a.due_date', '<', f.today);
  if (f.overdue === false)
    q = q.where((eb) =>
      eb.or([eb('a.status', 'not in', OPEN), eb('a.due_date', 'is', null), eb('a.due_date', '>=', f.today)]),
    );
  if (f.after) {
    const { dueKey: key, id } = f.after;
    q = q.where((eb) => eb.or([eb(dueKey, '>', key), eb.and([eb(dueKey, '=', key), eb('a.id', '>', id)])]));
  }
  return q.orderBy(dueKey).orderBy('a.id').limit(f.limit).execute();
}

/** An owner's open actions (at most `limit`) and those closed since `closedSince`, that the viewer may see. */
export async function mine(scope: DbScope, viewer: Viewer, ownerId: string, closedSince: string, limit: number) {
  const [open, closed] = await Promise.all([
    visible(scope, viewer)
      .where('a.owner_id', '=', ownerId)
      .where('a.status', 'in', OPEN)
      .orderBy(dueKey)
      .orderBy('a.id')
      .limit(limit)
      .execute(),
    visible(scope, viewer)
      .where('a.owner_id', '=', ownerId)
      .where('a.status', 'not in', OPEN)
      .where('a.updated_at', '>=', closedSince)
      .orderBy('a.updated_at', 'desc')
      .limit(100)
      .execute(),
  ]);
  return { open, closed };
}

export async function linksOf(scope: DbScope, ids: string[]): Promise<ActionLinkRow[]> {
  if (ids.length === 0) return [];
  return queryBuilder(scope)
    .selectFrom('action_item_links')
    .select(['action_item_id', 'kind', 'record_id'])
    .where('action_item_id', 'in', ids)
    .orderBy('action_item_id')
    .orderBy('position')
    .execute();
}

export async function insert(scope: DbScope, row: ActionItemRow): Promise<void> {
  await queryBuilder(scope).insertInto('action_items').values(row).execute();
}

export async function replaceLinks(scope: DbScope, id: string, links: { kind: string; id: string }[]): Promise<void> {
  await queryBuilder(scope).deleteFrom('action_item_links').where('action_item_id', '=', id).execute();
  if (links.length === 0) return;
  await queryBuilder(scope)
    .insertInto('action_item_links')
    .values(links.map((l, position) => ({ action_item_id: id, kind: l.kind, record_id: l.id, position })))
    .execute();
}

/** `UPDATE … WHERE version = ?`: false when the stored version moved on. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  version: number,
  patch: Partial<Omit<ActionItemRow, 'id' | 'version' | 'created_at'>> & { updated_at: string },
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('action_items')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Of these ids, those still open or in progress. */
export async function stillOpen(scope: DbScope, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await queryBuilder(scope)
    .selectFrom('action_items')
    .select('id')
    .where('id', 'in', ids)
    .where('status', 'in', OPEN)
    .execute();
  return rows.map((r) => r.id);
}

/** Whether a policy-version review of this id exists (the source of a review action). */
export async function reviewExists(scope: DbScope, id: string): Promise<boolean> {
  const row = await queryBuilder(scope)
    .selectFrom('policy_version_reviews')
    .select('id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row !== undefined;
}

/** The open actions of a group due before a day, that the viewer may see (agenda: overdue actions). */
export async function overdueOfGroup(scope: DbScope, viewer: Viewer, workingGroupId: string, day: string) {
  return visible(scope, viewer)
    .where('a.working_group_id', '=', workingGroupId)
    .where('a.status', 'in', OPEN)
    .where('a.due_date', '<', day)
    .orderBy('a.due_date')
    .orderBy('a.id')
    .limit(200)
    .execute();
}

/** Every action an owner holds (newest first, at most `limit`), that the viewer may see. */
export async function ownedBy(scope: DbScope, viewer: Viewer, ownerId: string, limit: number) {
  return visible(scope, viewer).where('a.owner_id', '=', ownerId).orderBy('a.id', 'desc').limit(limit).execute();
}

/** Dated actions of an owner or a group (calendar), not cancelled, that the viewer may see. */
export async function dated(scope: DbScope, viewer: Viewer, by: { ownerId?: string; workingGroupId?: string }) {
  let q = visible(scope, viewer).where('a.due_date', 'is not', null).where('a.status', '<>', 'cancelled');
  if (by.ownerId) q = q.where('a.owner_id', '=', by.ownerId);
  if (by.workingGroupId) q = q.where('a.working_group_id', '=', by.workingGroupId);
  return q.orderBy('a.due_date').orderBy('a.id').limit(2000).execute();
}

export interface ReminderCandidate extends ActionItemRow {
  owner_kind: string;
  owner_user_id: string | null;
  owner_name: string;
  owner_email: string | null;
  owner_active: number;
}

/** Open actions due on `tomorrow` or before `today`, with their owner's directory entry. */
export async function reminderCandidates(scope: DbScope, today: string, tomorrow: string) {
  return queryBuilder(scope)
    .selectFrom('action_items as a')
    .innerJoin('stakeholders as s', 's.id', 'a.owner_id')
    .selectAll('a')
    .select([
      's.kind as owner_kind',
      's.user_id as owner_user_id',
      's.name as owner_name',
      's.email as owner_email',
      's.active as owner_active',
    ])
    .where('a.status', 'in', OPEN)
    .where((eb) => eb.or([eb('a.due_date', '=', tomorrow), eb('a.due_date', '<', today)]))
    .orderBy('a.id')
    .execute() as Promise<ReminderCandidate[]>;
}

/** Claims the day's reminder of an action: false when it was already sent (a rerun, a second server). */
export async function claimReminder(scope: DbScope, actionItemId: string, day: string, at: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const seen = await db
    .selectFrom('action_item_reminders')
    .select('day')
    .where('action_item_id', '=', actionItemId)
    .where('day', '=', day)
    .executeTakeFirst();
  if (seen) return false;
  await db.insertInto('action_item_reminders').values({ action_item_id: actionItemId, day, sent_at: at }).execute();
  return true;
}

/** An account's e-mail and status (reminders mail the account's address). */
export async function userContact(scope: DbScope, userId: string) {
  return queryBuilder(scope)
    .selectFrom('users')
    .select(['id', 'email', 'role', 'status'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** Of these ids, the actions the viewer may see. */
export async function visibleIds(scope: DbScope, viewer: Viewer, ids: string[]): Promise<ActionItemRow[]> {
  if (ids.length === 0) return [];
  return visible(scope, viewer).where('a.id', 'in', ids).execute();
}
