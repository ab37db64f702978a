import { sql } from 'kysely';
import { containsPattern } from '../../db/like.js';
import type { StakeholdersTable } from '../../db/stakeholders-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

/** A directory entry as read: an account's name, e-mail and (until edited) function and team resolved. */
export interface DirectoryRow {
  id: string;
  kind: string;
  user_id: string | null;
  name: string;
  email: string | null;
  function: string | null;
  region: string | null;
  team: string | null;
  organisation: string | null;
  title: string | null;
  notes: string;
  profile_edited: number;
  active: number;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface DirectoryFilter {
  q?: string | undefined;
  function?: string | undefined;
  region?: string | undefined;
  kind?: string | undefined;
  active?: boolean | undefined;
}

/** The first team of the row's account (earliest joined, then by name): where its defaults come from. */
const firstTeam = (column: 'function' | 'name') =>
  sql.raw(
    `(select t.${column} from team_members tm inner join teams t on t.id = tm.team_id ` +
      `where tm.user_id = s.user_id order by tm.joined_at, t.name, t.id limit 1)`,
  );

/**
 * The directory as one derived table: name and e-mail of an account read through users (never a
 * stale copy), function and team from its first team until someone edits them, and active following
 * the account's status.
 */
function directory(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('stakeholders as s')
    .leftJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.kind',
      's.user_id',
      sql<string>`coalesce(u.name, s.name)`.as('name'),
      sql<string | null>`coalesce(u.email, s.email)`.as('email'),
      sql<
        string | null
      >`case when s.profile_edited = 1 or s.user_id is null then s.function else ${firstTeam('function')} end`.as(
        'function',
      ),
      's.region',
      sql<
        string | null
      >`case when s.profile_edited = 1 or s.user_id is null then s.team else ${firstTeam('name')} end`.as('team'),
      's.organisation',
      's.title',
      's.notes',
      's.profile_edited',
      sql<number>`case when s.kind = 'account' then (case when u.status = 'active' then 1 else 0 end) else s.active end`.as(
        'active',
      ),
      's.version',
      's.created_at',
      's.updated_at',
    ]);
}

function read(scope: DbScope) {
  return queryBuilder(scope).selectFrom(directory(scope).as('d')).selectAll('d');
}

/** One page of the directory by name, then id, after the cursor; `limit + 1` rows to tell if more follow. */
export async function listPage(
  scope: DbScope,
  filter: DirectoryFilter,
  after: { name: string; id: string } | null,
  limit: number,
): Promise<DirectoryRow[]> {
  let query = read(scope)
    .orderBy('d.name')
    .orderBy('d.id')
    .limit(limit + 1);
  if (after) query = query.where((eb) => eb(eb.refTuple('d.name', 'd.id'), '>', eb.tuple(after.name, after.id)));
  if (filter.q) {
    const like = containsPattern(filter.q);
    query = query.where(
      sql<boolean>`(lower(d.name) like ${like} escape '\\' or lower(coalesce(d.email, '')) like ${like} escape '\\' or lower(coalesce(d.team, '')) like ${like} escape '\\' or lower(coalesce(d.organisation, '')) like ${like} escape '\\' or lower(coalesce(d.title, '')) like ${like} escape '\\')`,
    );
  }
  if (filter.function) query = query.where('d.function', '=', filter.function);
  if (filter.region) query = query.where(sql<boolean>`lower(d.region) = ${filter.region.toLowerCase()}`);
  if (filter.kind) query = query.where('d.kind', '=', filter.kind);
  if (filter.active !== undefined) query = query.where('d.active', '=', filter.active ? 1 : 0);
  return (await query.execute()) as DirectoryRow[];
}

export async function findMany(scope: DbScope, ids: readonly string[]): Promise<DirectoryRow[]> {
  if (ids.length === 0) return [];
  return (await read(scope)
    .where('d.id', 'in', [...new Set(ids)])
    .execute()) as DirectoryRow[];
}

export async function find(scope: DbScope, id: string): Promise<DirectoryRow | undefined> {
  return (await read(scope).where('d.id', '=', id).executeTakeFirst()) as DirectoryRow | undefined;
}

export async function findByUser(scope: DbScope, userId: string): Promise<DirectoryRow | undefined> {
  return (await read(scope).where('d.user_id', '=', userId).executeTakeFirst()) as DirectoryRow | undefined;
}

/** The stored row (not resolved), for edits. */
export async function findStored(scope: DbScope, id: string): Promise<StakeholdersTable | undefined> {
  return queryBuilder(scope).selectFrom('stakeholders').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Accounts (of these ids, or all) that have no directory row yet. */
export async function accountsWithoutRow(
  scope: DbScope,
  userIds?: readonly string[],
): Promise<{ id: string; name: string }[]> {
  let query = queryBuilder(scope)
    .selectFrom('users as u')
    .select(['u.id', 'u.name'])
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('stakeholders as s').select('s.id').whereRef('s.user_id', '=', 'u.id'))),
    );
  if (userIds) query = query.where('u.id', 'in', userIds);
  return query.execute();
}

/** Inserts account rows; a row another request inserted meanwhile is left alone (ON CONFLICT DO NOTHING). */
export async function insertAccountRows(scope: DbScope, rows: StakeholdersTable[]): Promise<void> {
  if (rows.length === 0) return;
  await queryBuilder(scope)
    .insertInto('stakeholders')
    .values(rows)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .execute();
}

export async function insert(scope: DbScope, row: StakeholdersTable): Promise<void> {
  await queryBuilder(scope).insertInto('stakeholders').values(row).execute();
}

/** `UPDATE … WHERE version = ?`: false when the stored version moved on. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  version: number,
  patch: Partial<Omit<StakeholdersTable, 'id' | 'kind' | 'user_id' | 'version' | 'created_at'>>,
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('stakeholders')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A contact (other than `exceptId`) with this e-mail. */
export async function contactWithEmail(scope: DbScope, email: string, exceptId?: string): Promise<string | undefined> {
  let query = queryBuilder(scope).selectFrom('stakeholders').select('id').where('email', '=', email);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst())?.id;
}

/** Whether an account uses this e-mail: a contact must not duplicate a person who has an account. */
export async function accountWithEmail(scope: DbScope, email: string): Promise<boolean> {
  const row = await queryBuilder(scope).selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  return row !== undefined;
}
