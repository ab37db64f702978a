import type { Kysely } from 'kysely';

/**
 * The embedded job queue: one row per job, claimed by a conditional update. Created on both
 * dialects so the migration stays dialect-neutral and the schema types describe one database; on
 * PostgreSQL the jobs live in pg-boss's schema and this table stays empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('idempotency_key', 'varchar(300)')
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('state', 'varchar(16)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('retry_limit', 'integer', (c) => c.notNull())
    .addColumn('retry_delay_seconds', 'integer', (c) => c.notNull())
    .addColumn('retry_backoff', 'integer', (c) => c.notNull())
    .addColumn('run_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('started_at', 'varchar(32)')
    .addColumn('completed_at', 'varchar(32)')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  // A second send with the same key is a no-op: the unique index decides (null keys never clash).
  await db.schema.createIndex('jobs_name_key_idx').on('jobs').columns(['name', 'idempotency_key']).unique().execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['state', 'name', 'run_at']).execute();
  await db.schema.createIndex('jobs_state_idx').on('jobs').columns(['state', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
