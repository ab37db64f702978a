import type { UserListQuery } from '@policyops/contracts';
import { type Kysely, sql } from 'kysely';
import { executeCompiled } from '../../db/compiled-query-cache.js';
import type { Database, UsersTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';
import { revokeAllCredentialsOf, type RevokedCredentials } from '../auth/credentials.query.js';
import { containsPattern } from '../../db/like.js';

export type UserRow = UsersTable;

const PUBLIC_COLUMNS = [
  'id',
  'email',
  'name',
  'role',
  'status',
  'last_login_at',
  'created_at',
  'updated_at',
  'version',
] as const;
/** What the directory shows: never the password hash or login counters. */
export type UserPublicRow = Pick<UsersTable, (typeof PUBLIC_COLUMNS)[number]>;

export async function findById(scope: DbScope, id: string): Promise<UserRow | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function activePeople(
  scope: DbScope,
): Promise<{ id: string; email: string; name: string; role: string }[]> {
  const db = queryBuilder(scope);
  return db.selectFrom('users').select(['id', 'email', 'name', 'role']).where('status', '=', 'active').execute();
}

export async function findByEmail(scope: DbScope, email: string): Promise<UserRow | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export async function countAll(scope: DbScope): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countActiveAdmins(scope: DbScope): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insert(scope: DbScope, row: UserRow): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('users').values(row).execute();
}

/** Updates only when the stored version matches; returns the new row, or undefined when stale. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  expectedVersion: number,
  patch: Partial<UserRow>,
): Promise<UserRow | undefined> {
  const db = queryBuilder(scope);
  return db
    .updateTable('users')
    .set({ ...patch, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst();
}

/** Login bookkeeping; not a user-visible edit, so it does not bump the version. */
export async function setLoginState(
  scope: DbScope,
  id: string,
  patch: Pick<Partial<UserRow>, 'failed_login_count' | 'locked_until' | 'last_login_at'>,
): Promise<void> {
  const db = queryBuilder(scope);
  await db.updateTable('users').set(patch).where('id', '=', id).execute();
}

/**
 * Counts one more failed sign-in in a single statement, so parallel attempts each add one, unless the
 * account is locked at `now`. Returns the new count, or null when locked.
 */
export async function incrementFailedLogins(scope: DbScope, id: string, now: string): Promise<number | null> {
  const db = queryBuilder(scope);
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failed_login_count: eb('failed_login_count', '+', 1) }))
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('failed_login_count')
    .executeTakeFirst();
  return row ? Number(row.failed_login_count) : null;
}

/** Locks the account until `lockedUntil` and restarts its count, unless it is already locked at `now`. */
export async function lockIfUnlocked(scope: DbScope, id: string, now: string, lockedUntil: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('users')
    .set({ failed_login_count: 0, locked_until: lockedUntil })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the person's sessions and revokes their API tokens; returns how many of each. */
export async function revokeAllCredentials(scope: DbScope, id: string, now: string): Promise<RevokedCredentials> {
  return revokeAllCredentialsOf(queryBuilder(scope), id, now);
}

type Cursor = { name: string; id: string } | null;

/**
 * The directory page query as Kysely builds it; `list` runs its compiled SQL. Exported so tests can
 * compare the two. Its parameters, in order, are `listParameters`.
 */
export function listQuery(db: Kysely<Database>, q: UserListQuery, after: Cursor) {
  let query = db
    .selectFrom('users')
    .select(PUBLIC_COLUMNS)
    .orderBy('name')
    .orderBy('id')
    .limit(q.limit + 1);
  if (after) {
    // A row-value comparison lets both SQLite and PostgreSQL seek the (name, id) index.
    query = query.where((eb) => eb(eb.refTuple('name', 'id'), '>', eb.tuple(after.name, after.id)));
  }
  if (q.q) {
    const like = containsPattern(q.q);
    query = query.where(sql<boolean>`(lower(name) like ${like} escape '\\' or email like ${like} escape '\\')`);
  }
  if (q.role) query = query.where('role', '=', q.role);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.teamId) {
    const teamId = q.teamId;
    query = query.where('id', 'in', (eb) =>
      eb.selectFrom('team_members').select('user_id').where('team_id', '=', teamId),
    );
  }
  return query;
}

/** The compiled-query cache key of a directory page: which optional parts its SQL has. */
export function listShape(q: UserListQuery, after: Cursor): string {
  return `users.list:${after ? 'after' : ''},${q.q ? 'q' : ''},${q.role ? 'role' : ''},${q.status ? 'status' : ''},${q.teamId ? 'team' : ''}`;
}

function listParameters(q: UserListQuery, after: Cursor): unknown[] {
  const parameters: unknown[] = after ? [after.name, after.id] : [];
  if (q.q) {
    const like = containsPattern(q.q);
    parameters.push(like, like);
  }
  if (q.role) parameters.push(q.role);
  if (q.status) parameters.push(q.status);
  if (q.teamId) parameters.push(q.teamId);
  parameters.push(q.limit + 1);
  return parameters;
}

/**
 * One page of the directory by (name, id), one row more than the limit to tell whether another page
 * follows. The hot list route: its SQL is compiled once per database handle and filter combination.
 */
export async function list(scope: DbScope, q: UserListQuery, after: Cursor): Promise<UserPublicRow[]> {
  const db = queryBuilder(scope);
  return executeCompiled(db, listShape(q, after), listParameters(q, after), () => listQuery(db, q, after));
}

/** The teams-of-people query as Kysely builds it; `teamsOf` runs its compiled SQL (one shape per count). */
export function teamsOfQuery(db: Kysely<Database>, userIds: string[]) {
  return db
    .selectFrom('team_members as m')
    .innerJoin('teams as t', 't.id', 'm.team_id')
    .select(['m.user_id', 't.id', 't.name'])
    .where('m.user_id', 'in', userIds)
    .orderBy('t.name');
}

/** The compiled-query cache key of `teamsOfQuery`: the `in` list has one placeholder per person. */
export function teamsOfShape(count: number): string {
  return `users.teamsOf:${count}`;
}

/** The teams of each of these people, by name; people in no team are absent from the map. */
export async function teamsOf(scope: DbScope, userIds: string[]): Promise<Map<string, { id: string; name: string }[]>> {
  const db = queryBuilder(scope);
  const byUser = new Map<string, { id: string; name: string }[]>();
  if (userIds.length === 0) return byUser;
  const rows = await executeCompiled(db, teamsOfShape(userIds.length), userIds, () => teamsOfQuery(db, userIds));
  for (const r of rows) {
    const list = byUser.get(r.user_id) ?? [];
    list.push({ id: r.id, name: r.name });
    byUser.set(r.user_id, list);
  }
  return byUser;
}
