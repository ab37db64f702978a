import type { InvitationsTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type InvitationRow = InvitationsTable & { inviter_name: string | null };

export async function insert(scope: DbScope, row: InvitationsTable): Promise<void> {
  const db = queryBuilder(scope);
  await db.insertInto('invitations').values(row).execute();
}

export async function list(scope: DbScope): Promise<InvitationRow[]> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select('u.name as inviter_name')
    .orderBy('i.created_at', 'desc')
    .limit(500)
    .execute();
}

export async function findById(scope: DbScope, id: string): Promise<InvitationRow | undefined> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select('u.name as inviter_name')
    .where('i.id', '=', id)
    .executeTakeFirst();
}

export async function findByTokenHash(scope: DbScope, tokenHash: string): Promise<InvitationRow | undefined> {
  const db = queryBuilder(scope);
  return db
    .selectFrom('invitations as i')
    .leftJoin('users as u', 'u.id', 'i.invited_by')
    .selectAll('i')
    .select('u.name as inviter_name')
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Marks the invitation used, only if it still is pending: the guard against accepting twice. */
export async function markAccepted(scope: DbScope, id: string, userId: string, now: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('invitations')
    .set({ accepted_at: now, accepted_user_id: userId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revoke(scope: DbScope, id: string, now: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function revokePendingFor(scope: DbScope, email: string, now: string): Promise<void> {
  const db = queryBuilder(scope);
  await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .execute();
}
