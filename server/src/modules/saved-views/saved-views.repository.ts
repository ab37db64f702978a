import type { SavedViewsTable } from '../../db/saved-views-schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export type SavedViewRow = SavedViewsTable & { owner_name: string };

function withOwner(scope: DbScope) {
  return queryBuilder(scope)
    .selectFrom('saved_views as v')
    .innerJoin('users as u', 'u.id', 'v.owner_id')
    .selectAll('v')
    .select('u.name as owner_name');
}

/** One view with its owner's name. */
export async function find(scope: DbScope, id: string): Promise<SavedViewRow | undefined> {
  return withOwner(scope).where('v.id', '=', id).executeTakeFirst();
}

/** The caller's own views of a list by name, at most `limit`. */
export async function listOwn(scope: DbScope, entity: string, ownerId: string, limit: number) {
  return withOwner(scope)
    .where('v.entity', '=', entity)
    .where('v.owner_id', '=', ownerId)
    .orderBy('v.name')
    .orderBy('v.id')
    .limit(limit)
    .execute();
}

/** Views of a list others shared, by name, at most `limit`. */
export async function listSharedByOthers(scope: DbScope, entity: string, ownerId: string, limit: number) {
  return withOwner(scope)
    .where('v.entity', '=', entity)
    .where('v.owner_id', '<>', ownerId)
    .where('v.shared', '=', 1)
    .orderBy('v.name')
    .orderBy('v.id')
    .limit(limit)
    .execute();
}

export async function insert(scope: DbScope, row: SavedViewsTable): Promise<void> {
  await queryBuilder(scope).insertInto('saved_views').values(row).execute();
}

/** `UPDATE … WHERE version = ?`: false when the stored version moved on. */
export async function updateVersioned(
  scope: DbScope,
  id: string,
  version: number,
  patch: Partial<Pick<SavedViewsTable, 'name' | 'query' | 'shared'>> & { updated_at: string },
): Promise<boolean> {
  const result = await queryBuilder(scope)
    .updateTable('saved_views')
    .set({ ...patch, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** `DELETE … WHERE version = ?`: false when the stored version moved on. */
export async function deleteVersioned(scope: DbScope, id: string, version: number): Promise<boolean> {
  const result = await queryBuilder(scope)
    .deleteFrom('saved_views')
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
