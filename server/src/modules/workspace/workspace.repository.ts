import { type DbScope, queryBuilder } from '../../db/scope.js';
export async function getMeta(scope: DbScope, key: string): Promise<string | undefined> {
  const db = queryBuilder(scope);
  const row = await db.selectFrom('workspace_meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

/** Inserts the key only if absent; returns false when it was already set (the load-once guard). */
export async function setMetaOnce(scope: DbScope, key: string, value: string): Promise<boolean> {
  const db = queryBuilder(scope);
  const result = await db
    .insertInto('workspace_meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
