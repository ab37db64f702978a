import type { Db } from '../../db/database.js';
import type { TeamsTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type TeamRow = TeamsTable & { member_count: number };

function withCount(db: Db) {
  return db
    .selectFrom('teams as t')
    .selectAll('t')
    .select((eb) =>
      eb
        .selectFrom('team_members as m')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('m.team_id', '=', 't.id')
        .as('member_count'),
    );
}

export async function list(scope: DbScope, fn?: string): Promise<TeamRow[]> {
  const db = queryBuilder(scope);
  let query = withCount(db).orderBy('t.name');
  if (fn) query = query.where('t.function', '=', fn);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, member_count: Number(r.member_count ?? 0) }));
}

export async function findById(scope: DbScope, id: string): Promise<TeamRow | undefined> {
  const db = queryBuilder(scope);
  const row = await withCount(db).where('t.id', '=', id).executeTakeFirst();
  return row ? { ...row, member_count: Number(row.member_count ?? 0) } : undefined;
}

export async function findByName(scope: DbScope, name: string): Promise<TeamsTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('teams').selectAll().where('name', '=', name).executeTakeFirst();
}

export async function existingIds(scope: DbScope, ids: string[]): Promise<Set<string>> {
  const db = queryBuilder(scope);
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('teams').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

export async function insert(scope: DbScope, row: TeamsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('teams').values(row).execute();
}

export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<TeamsTable>,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('teams')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteVersioned(scope: DbScope, id: string, expectedVersion: number): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('teams')
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function members(scope: DbScope, teamId: string): Promise<{ id: string; name: string; email: string }[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('team_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('m.team_id', '=', teamId)
    .orderBy('u.name')
    .execute();
}

export async function isMember(scope: DbScope, teamId: string, userId: string): Promise<boolean> {
  const db = queryBuilder(scope);
  return !!(await db
    .selectFrom('team_members')
    .select('user_id')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

export async function addMember(scope: DbScope, teamId: string, userId: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('team_members').values({ team_id: teamId, user_id: userId, joined_at: now }).execute();
}

export async function removeMember(scope: DbScope, teamId: string, userId: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('team_members')
    .where('team_id', '=', teamId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
