import { SqliteAdapter, sql, type Kysely } from 'kysely';

/**
 * Weekly and monthly rollups of metric_daily (issue 12, "storage that scales"). Dashboards over long
 * ranges read these instead of up to 120 daily rows per policy per day; partial periods at a range's
 * edges and ranges of a few weeks read metric_daily directly, whose primary key (policy, day, ...) is
 * already the covering order for every dashboard query (WITHOUT ROWID on SQLite: the key is the table).
 * Rows are rebuilt per policy and period by refreshRollups inside the write transaction.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  let table = db.schema
    .createTable('metric_rollups')
    .addColumn('policy_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('grain', 'varchar(5)', (c) => c.notNull())
    .addColumn('period', 'varchar(10)', (c) => c.notNull())
    .addColumn('market_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('surface_id', 'varchar(36)', (c) => c.notNull())
    .addColumn('detection', 'varchar(10)', (c) => c.notNull())
    .addColumn('version_id', 'varchar(36)', (c) => c.notNull());
  for (const column of [
    'actioned',
    'user_reports',
    'views',
    'violating_views',
    'qa_sampled',
    'qa_correct',
    'appeals',
    'appeals_overturned',
    'proactive',
    'median_weight',
    'p90_weight',
  ])
    table = table.addColumn(column, 'bigint', (c) => c.notNull());
  await table
    .addColumn('median_weighted', 'double precision', (c) => c.notNull())
    .addColumn('p90_weighted', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('metric_rollups_pk', [
      'policy_id',
      'grain',
      'period',
      'market_id',
      'surface_id',
      'detection',
      'version_id',
    ])
    .$call((b) => (sqlite ? b.modifyEnd(sql`without rowid`) : b))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('metric_rollups').execute();
}
