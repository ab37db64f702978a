import type { Kysely } from 'kysely';

/**
 * Closing a period stores each key result's value beside its score. A fed key result's value is
 * otherwise read live from its source (an initiative's progress), which goes on moving after the
 * quarter was scored; the closed period shows this stored value instead. Null on rows closed before
 * this migration and on key results that had no value at close.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('key_results').addColumn('final_value', 'double precision').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('key_results').dropColumn('final_value').execute();
}
