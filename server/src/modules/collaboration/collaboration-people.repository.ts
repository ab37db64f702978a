import type { Db } from '../../db/database.js';

/** Active accounts among these ids (deactivated people are never mentioned or notified). */
export async function activeUsers(db: Db, ids: string[]): Promise<{ id: string; name: string; role: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .execute();
}

/** Current display names of these people, whatever their status. */
export async function namesOf(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
