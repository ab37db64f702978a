import type { Kysely } from 'kysely';

/**
 * Roadmap baselines: named, immutable snapshots of a fiscal year (initiatives, milestones, scope
 * links, key-result targets) kept as compact JSON text. Rows are only inserted and deleted, never
 * updated. One automatic baseline per year and quarter: the unique index on (year, kind, period)
 * makes a second app server's attempt fail harmlessly (manual baselines have a null period, and
 * nulls never collide in a unique index on either database).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('roadmap_baselines')
    .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
    .addColumn('year_key', 'varchar(10)', (c) => c.notNull())
    .addColumn('name', 'varchar(120)', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('period', 'varchar(16)')
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('initiative_count', 'integer', (c) => c.notNull())
    .addColumn('milestone_count', 'integer', (c) => c.notNull())
    .addColumn('key_result_count', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'varchar(36)', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'varchar(32)', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('roadmap_baselines_year_idx')
    .on('roadmap_baselines')
    .columns(['year_key', 'created_at'])
    .execute();
  await db.schema
    .createIndex('roadmap_baselines_period_idx')
    .on('roadmap_baselines')
    .columns(['year_key', 'kind', 'period'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('roadmap_baselines').execute();
}
