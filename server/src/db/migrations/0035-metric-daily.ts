import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Policy metrics (issue 12): one row per policy x day x market x surface x detection method, keyed by
 * those dimensions so that re-ingesting a day replaces it. `version_id` is the policy version in force
 * that day in that market, resolved by the server at ingest (and again when the library's dates move).
 *
 * No foreign keys: ingest validates every dimension against the library before writing, and the
 * table is the largest in the database (a year of a large platform is tens of millions of rows), where
 * per-row constraint checks would halve the ingest rate. On SQLite the table is WITHOUT ROWID, so the
 * primary key is the table (one B-tree instead of two).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createTable('metric_daily')
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('day', 'varchar(10)', (c) => c.notNull())
    .addColumn('market_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('surface_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('detection', 'varchar(10)', (c) => c.notNull())
    .addColumn('version_id', 'varchar(36)')
    .addColumn('actioned', 'integer', (c) => c.notNull())
    .addColumn('user_reports', 'integer', (c) => c.notNull())
    .addColumn('views', 'bigint', (c) => c.notNull())
    .addColumn('violating_views', 'bigint', (c) => c.notNull())
    .addColumn('qa_sampled', 'integer', (c) => c.notNull())
    .addColumn('qa_correct', 'integer', (c) => c.notNull())
    .addColumn('appeals', 'integer', (c) => c.notNull())
    .addColumn('appeals_overturned', 'integer', (c) => c.notNull())
    .addColumn('proactive', 'integer', (c) => c.notNull())
    .addColumn('median_hours_to_action', 'real')
    .addColumn('p90_hours_to_action', 'real')
    .addColumn('import_id', 'varchar(36)')
    .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_daily_pk', ['policy_id', 'day', 'market_id', 'surface_id', 'detection'])
    .$call((b) => (sqlite ? b.modifyEnd(sql`without rowid`) : b))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('metric_daily').execute();
}
