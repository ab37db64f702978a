import type { Kysely } from 'kysely';

/**
 * Metric imports (issue 12): one record per file sent, with its state, progress and validation report
 * (JSON text, the first 200 problems). The rows themselves go straight to metric_daily in one
 * transaction; a large file waits in a spool file under the OS temp dir (`spool_path`) for its job.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('metric_imports')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('file_name', 'varchar(200)')
    .addColumn('format', 'varchar(10)', (c) => c.notNull())
    .addColumn('source', 'varchar(10)', (c) => c.notNull())
    .addColumn('state', 'varchar(12)', (c) => c.notNull())
    .addColumn('bytes', 'bigint', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rows_written', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('fraction', 'real', (c) => c.notNull().defaultTo(0))
    .addColumn('rows', 'integer')
    .addColumn('inserted', 'integer')
    .addColumn('replaced', 'integer')
    .addColumn('first_day', 'varchar(10)')
    .addColumn('last_day', 'varchar(10)')
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('problem_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('spool_path', 'varchar(500)')
    .addColumn('created_by', 'varchar(36)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('finished_at', 'varchar(32)')
    .execute();
  await db.schema
    .createIndex('metric_imports_created_idx')
    .on('metric_imports')
    .columns(['created_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('metric_imports').execute();
}
