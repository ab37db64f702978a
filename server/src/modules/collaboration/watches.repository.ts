import type { WatchesTable } from '../../db/schema.js';
import { type DbScope, queryBuilder } from '../../db/scope.js';

export async function isWatching(
  scope: DbScope,
  entityType: string,
  entityId: string,
  userId: string,
): Promise<boolean> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('watches')
    .select('user_id')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

export async function count(scope: DbScope, entityType: string, entityId: string): Promise<number> {
  const db = queryBuilder(scope);
  const row = await db
    .selectFrom('watches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts the watch unless it exists; true when it was new. */
export async function insertIfAbsent(scope: DbScope, row: WatchesTable): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .insertInto('watches')
    .values(row)
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function remove(scope: DbScope, entityType: string, entityId: string, userId: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .deleteFrom('watches')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function watcherIds(scope: DbScope, entityType: string, entityId: string): Promise<string[]> {
  const db = queryBuilder(scope);
  const rows = await db
    .selectFrom('watches')
    .select('user_id')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
  return rows.map((r) => r.user_id);
}
