import { type DbScope, queryBuilder } from '../../db/scope.js';
/** Active accounts among these ids (deactivated people are never mentioned or notified). */
export async function activeUsers(
  scope: DbScope,
  ids: string[],
): Promise<{ id: string; name: string; role: string }[]> {
  const db = queryBuilder(scope);
  if (ids.length === 0) return [];
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('id', 'in', ids)
    .where('status', '=', 'active')
    .execute();
}

/** Current display names of these people, whatever their status. */
export async function namesOf(scope: DbScope, ids: string[]): Promise<Map<string, string>> {
  const db = queryBuilder(scope);
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
