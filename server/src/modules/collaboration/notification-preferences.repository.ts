import type { NotificationPreferencesTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export async function findFor(scope: DbScope, userId: string): Promise<NotificationPreferencesTable | undefined> {
  const db = queryBuilder(scope);
  return db.selectFrom('notification_preferences').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Inserts a person's first choice; false when another request stored one first. */
export async function insertFirst(scope: DbScope, row: NotificationPreferencesTable): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .insertInto('notification_preferences')
    .values(row)
    .onConflict((oc) => oc.column('user_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** `UPDATE … WHERE version = ?`: false when the stored version moved on. */
export async function updateVersioned(
  scope: DbScope,
  userId: string,
  version: number,
  patch: { email: string; updated_at: string },
): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .updateTable('notification_preferences')
    .set({ ...patch, version: version + 1 })
    .where('user_id', '=', userId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Of these people, the active ones who want each notification by e-mail, with their address. */
export async function emailEachRecipients(
  scope: DbScope,
  userIds: string[],
): Promise<{ id: string; email: string; role: string }[]> {
  const db = queryBuilder(scope);
  if (userIds.length === 0) return [];
  return db
    .selectFrom('notification_preferences as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id', 'u.email', 'u.role'])
    .where('p.user_id', 'in', userIds)
    .where('p.email', '=', 'each')
    .where('u.status', '=', 'active')
    .execute();
}
