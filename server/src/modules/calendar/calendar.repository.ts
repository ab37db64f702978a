import type { CalendarFeedsTable } from '../../db/calendar-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { visibleTo, type Viewer } from '../policies/policy-visibility.query.js';

export type CalendarFeedRow = CalendarFeedsTable;

export async function insertFeed(scope: DbScope, row: CalendarFeedRow): Promise<void> {
  await queryBuilder(scope).insertInto('calendar_feeds').values(row).execute();
}

export async function findFeed(scope: DbScope, id: string): Promise<CalendarFeedRow | undefined> {
  return queryBuilder(scope).selectFrom('calendar_feeds').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The feed of a secret, if it works: revoked feeds are never found. */
export async function liveFeedByHash(scope: DbScope, tokenHash: string): Promise<CalendarFeedRow | undefined> {
  return queryBuilder(scope)
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

/** A person's feeds that still work, newest first. */
export async function liveFeedsOf(scope: DbScope, userId: string): Promise<CalendarFeedRow[]> {
  return queryBuilder(scope)
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function revokeFeed(scope: DbScope, id: string, at: string): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a fetch (throttled by the caller): a calendar client polls often. */
export async function touchFeed(scope: DbScope, id: string, at: string): Promise<void> {
  await queryBuilder(scope).updateTable('calendar_feeds').set({ last_fetched_at: at }).where('id', '=', id).execute();
}

/** The account a feed answers as, with what an Actor needs. */
export async function feedUser(scope: DbScope, userId: string) {
  return queryBuilder(scope)
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role', 'status', 'version'])
    .where('id', '=', userId)
    .executeTakeFirst();
}

/** The initiatives and CRs a working group links to (working_group_links, owned by the groups module). */
export async function groupLinks(scope: DbScope, workingGroupId: string) {
  const rows = await queryBuilder(scope)
    .selectFrom('working_group_links')
    .select(['kind', 'target_id'])
    .where('working_group_id', '=', workingGroupId)
    .execute();
  return {
    initiativeIds: rows.filter((r) => r.kind === 'initiative').map((r) => r.target_id),
    changeRequestIds: rows.filter((r) => r.kind === 'change_request').map((r) => r.target_id),
  };
}

export async function groupName(scope: DbScope, workingGroupId: string): Promise<string | undefined> {
  const row = await queryBuilder(scope)
    .selectFrom('working_groups')
    .select('name')
    .where('id', '=', workingGroupId)
    .executeTakeFirst();
  return row?.name;
}

/** Milestones of initiatives owned by a user, or of these initiatives. */
export async function milestones(scope: DbScope, by: { ownerUserId?: string; initiativeIds?: string[] }) {
  if (by.initiativeIds && by.initiativeIds.length === 0) return [];
  let q = queryBuilder(scope)
    .selectFrom('initiative_milestones as m')
    .innerJoin('initiatives as i', 'i.id', 'm.initiative_id')
    .select([
      'm.id',
      'm.title',
      'm.kind',
      'm.date',
      'm.done_on',
      'i.id as initiative_id',
      'i.title as initiative_title',
    ]);
  if (by.ownerUserId) q = q.where('i.owner_id', '=', by.ownerUserId);
  if (by.initiativeIds) q = q.where('i.id', 'in', by.initiativeIds);
  return q.orderBy('m.date').orderBy('m.id').limit(2000).execute();
}

/**
 * Launches (effective dates) of CRs owned by a user, or of these CRs, that the viewer may see: a CR on a
 * restricted policy follows the policy's need-to-know rule.
 */
export async function launches(scope: DbScope, viewer: Viewer, by: { ownerUserId?: string; crIds?: string[] }) {
  if (by.crIds && by.crIds.length === 0) return [];
  let q = queryBuilder(scope)
    .selectFrom('change_request_launches as l')
    .innerJoin('change_requests as c', 'c.id', 'l.change_request_id')
    .select(['c.id', 'c.number', 'c.title', 'l.effective_date', 'l.launched_at'])
    .where((eb) =>
      eb.or([
        eb('c.target_policy_id', 'is', null),
        eb('c.target_policy_id', 'in', eb.selectFrom('policies as p').select('p.id').where(visibleTo(viewer))),
      ]),
    );
  if (by.ownerUserId) q = q.where('c.owner_id', '=', by.ownerUserId);
  if (by.crIds) q = q.where('c.id', 'in', by.crIds);
  return q.orderBy('l.effective_date').orderBy('c.id').limit(2000).execute();
}
