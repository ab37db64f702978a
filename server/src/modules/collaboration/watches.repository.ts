import type { Db } from '../../db/database.js';
import type { WatchesTable } from '../../db/schema.js';

export async function isWatching(db: Db, entityType: string, entityId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('watches')
    .select('user_id')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return !!row;
}

export async function count(db: Db, entityType: string, entityId: string): Promise<number> {
  const row = await db
    .selectFrom('watches')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Inserts the watch unless it exists; true when it was new. */
export async function insertIfAbsent(db: Db, row: WatchesTable): Promise<boolean> {
  const result = await db
    .insertInto('watches')
    .values(row)
    .onConflict((oc) => oc.columns(['entity_type', 'entity_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function remove(db: Db, entityType: string, entityId: string, userId: string): Promise<boolean> {
  const result = await db
    .deleteFrom('watches')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function watcherIds(db: Db, entityType: string, entityId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('watches')
    .select('user_id')
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .execute();
  return rows.map((r) => r.user_id);
}
