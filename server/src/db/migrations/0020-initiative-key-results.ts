import type { Kysely } from 'kysely';

/**
 * Links between initiatives and the key results they serve (many to many). A key result fed by an
 * initiative's progress names it in key_results.source_ref; this table is the looser "serves" link,
 * shown on both sides. Deleting either side drops its links.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('initiative_key_results')
    .addColumn('initiative_id', 'varchar(36)', (c) => c.notNull().references('initiatives.id').onDelete('cascade'))
    .addColumn('key_result_id', 'varchar(36)', (c) => c.notNull().references('key_results.id').onDelete('cascade'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('initiative_key_results_pk', ['initiative_id', 'key_result_id'])
    .execute();
  await db.schema
    .createIndex('initiative_key_results_key_result_idx')
    .on('initiative_key_results')
    .columns(['key_result_id', 'initiative_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('initiative_key_results').execute();
}
