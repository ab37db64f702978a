import type { Kysely } from 'kysely';
import { executeCompiled } from '../../db/compiled-query-cache.js';
import type { ApiTokensTable, Database, SessionsTable, UsersTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

type ActorColumns = Pick<UsersTable, 'email' | 'name' | 'role' | 'version'>;

export async function insertSession(scope: DbScope, row: SessionsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('sessions').values(row).execute();
}

/** The live-session lookup as Kysely builds it; `findLiveSession` runs its compiled SQL (tests compare the two). */
export function liveSessionQuery(db: Kysely<Database>, tokenHash: string, now: string) {
  return db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .selectAll('s')
    .select(['u.email', 'u.name', 'u.role', 'u.version'])
    .where('s.token_hash', '=', tokenHash)
    .where('s.expires_at', '>', now)
    .where('u.status', '=', 'active');
}

/** The compiled-query cache key of `liveSessionQuery`: its SQL never varies. */
export const LIVE_SESSION_SHAPE = 'sessions.findLive';

/**
 * The live session with this token hash and its active user, or undefined. Runs on every
 * cookie-authenticated request, so its SQL is compiled once per database handle.
 */
export async function findLiveSession(
  scope: DbScope,
  tokenHash: string,
  now: string,
): Promise<(SessionsTable & ActorColumns) | undefined> {
  const db = queryBuilder(scope);
  const rows = await executeCompiled(db, LIVE_SESSION_SHAPE, [tokenHash, now, 'active'], () =>
    liveSessionQuery(db, tokenHash, now),
  );
  return rows[0];
}

export async function touchSession(scope: DbScope, id: string, lastSeenAt: string, expiresAt: string): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .updateTable('sessions')
    .set({ last_seen_at: lastSeenAt, expires_at: expiresAt })
    .where('id', '=', id)
    .execute();
}

export async function listSessionsOf(scope: DbScope, userId: string, now: string): Promise<SessionsTable[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('user_id', '=', userId)
    .where('expires_at', '>', now)
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteSession(scope: DbScope, userId: string, id: string): Promise<number> {
  const db = queryBuilder(scope);
  const result = await db.deleteFrom('sessions').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteSessionByTokenHash(scope: DbScope, tokenHash: string): Promise<SessionsTable | undefined> {
  const db = queryBuilder(scope);
  return db.deleteFrom('sessions').where('token_hash', '=', tokenHash).returningAll().executeTakeFirst();
}

export async function deleteOtherSessions(scope: DbScope, userId: string, keepId: string | null): Promise<number> {
  const db = queryBuilder(scope);
  let query = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepId) query = query.where('id', '!=', keepId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(scope: DbScope, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

export async function insertApiToken(scope: DbScope, row: ApiTokensTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('api_tokens').values(row).execute();
}

export async function findLiveApiToken(
  scope: DbScope,
  tokenHash: string,
  now: string,
): Promise<(ApiTokensTable & ActorColumns) | undefined> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .selectAll('t')
    .select(['u.email', 'u.name', 'u.role', 'u.version'])
    .where('t.token_hash', '=', tokenHash)
    .where('t.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('t.expires_at', 'is', null), eb('t.expires_at', '>', now)]))
    .where('u.status', '=', 'active')
    .executeTakeFirst();
}

export async function touchApiToken(scope: DbScope, id: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function listApiTokensOf(scope: DbScope, userId: string): Promise<ApiTokensTable[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function revokeApiToken(
  scope: DbScope,
  userId: string,
  id: string,
  now: string,
): Promise<ApiTokensTable | undefined> {
  const db = queryBuilder(scope);
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}
