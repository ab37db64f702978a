import { CompiledQuery } from 'kysely';
import type { DialectName } from '../../../db/database.js';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { queryBuilder, type DbScope } from '../../../db/scope.js';

/** metric_daily's columns in insert order; the key first (the conflict target). */
const KEY = ['policy_id', 'day', 'market_id', 'surface_id', 'detection'] as const;
const VALUES = [
  'version_id',
  'actioned',
  'user_reports',
  'views',
  'violating_views',
  'qa_sampled',
  'qa_correct',
  'appeals',
  'appeals_overturned',
  'proactive',
  'median_hours_to_action',
  'p90_hours_to_action',
  'import_id',
  'updated_at',
] as const satisfies readonly (keyof MetricDailyTable)[];
/** Every column of a metric row, in the order the writes use (also how ingest stages rows on disk). */
export const METRIC_ROW_COLUMNS = [...KEY, ...VALUES];
const COLUMNS = METRIC_ROW_COLUMNS;

/** PostgreSQL element types for the unnest arrays, in COLUMNS order. */
const PG_TYPES: Record<(typeof COLUMNS)[number], string> = {
  policy_id: 'text',
  day: 'text',
  market_id: 'text',
  surface_id: 'text',
  detection: 'text',
  version_id: 'text',
  actioned: 'integer',
  user_reports: 'integer',
  views: 'bigint',
  violating_views: 'bigint',
  qa_sampled: 'integer',
  qa_correct: 'integer',
  appeals: 'integer',
  appeals_overturned: 'integer',
  proactive: 'integer',
  median_hours_to_action: 'double precision',
  p90_hours_to_action: 'double precision',
  import_id: 'text',
  updated_at: 'text',
};

// SQLite binds at most 32766 variables per statement: 1000 rows x 19 columns stays well under it.
// PostgreSQL gets one array per column (19 parameters whatever the row count), so its chunks are
// bounded only by memory; 20000 rows keeps a chunk's arrays at a few MB.
const SQLITE_CHUNK = 1000;
const PG_CHUNK = 20000;

const UPDATE_SET = VALUES.map((c) => `${c} = excluded.${c}`).join(', ');
const CONFLICT = `on conflict (${KEY.join(', ')}) do update set ${UPDATE_SET}`;

const sqliteText = new Map<number, string>();
function sqliteInsert(rowCount: number): string {
  let text = sqliteText.get(rowCount);
  if (!text) {
    const tuple = `(${COLUMNS.map(() => '?').join(',')})`;
    text = `insert into metric_daily (${COLUMNS.join(', ')}) values ${Array.from({ length: rowCount }, () => tuple).join(',')} ${CONFLICT}`;
    sqliteText.set(rowCount, text);
  }
  return text;
}

// unnest turns the column arrays back into rows inside the server: one round trip and one plan per
// chunk, the speed of COPY without a copy-stream driver. `xmax = 0` holds for a freshly inserted
// tuple and not for one the upsert updated, so the statement counts both without a second query.
const PG_UPSERT =
  `with up as (insert into metric_daily (${COLUMNS.join(', ')}) ` +
  `select * from unnest(${COLUMNS.map((c, i) => `$${i + 1}::${PG_TYPES[c]}[]`).join(', ')}) ` +
  `${CONFLICT} returning (xmax = 0) as fresh) ` +
  `select count(*) filter (where fresh) as inserted, count(*) as total from up`;

/**
 * Writes metric rows, replacing any row with the same key (policy, day, market, surface, detection).
 * Runs in the caller's transaction; the caller makes the whole write one transaction. `rows` must not
 * repeat a key (ingest rejects such files): PostgreSQL refuses to update one row twice in a statement.
 */
export async function upsertMetricRows(
  trx: DbScope,
  dialect: DialectName,
  rows: MetricDailyTable[],
): Promise<{ inserted: number; replaced: number }> {
  if (rows.length === 0) return { inserted: 0, replaced: 0 };
  return dialect === 'postgres' ? upsertPostgres(trx, rows) : upsertSqlite(trx, rows);
}

async function upsertPostgres(trx: DbScope, rows: MetricDailyTable[]): Promise<{ inserted: number; replaced: number }> {
  const db = queryBuilder(trx);
  let inserted = 0;
  let total = 0;
  for (let start = 0; start < rows.length; start += PG_CHUNK) {
    const chunk = rows.slice(start, start + PG_CHUNK);
    const arrays = COLUMNS.map((c) => chunk.map((r) => r[c]));
    const result = await db.executeQuery<{ inserted: string; total: string }>(CompiledQuery.raw(PG_UPSERT, arrays));
    inserted += Number(result.rows[0]!.inserted);
    total += Number(result.rows[0]!.total);
  }
  return { inserted, replaced: total - inserted };
}

async function upsertSqlite(trx: DbScope, rows: MetricDailyTable[]): Promise<{ inserted: number; replaced: number }> {
  const db = queryBuilder(trx);
  // SQLite's upsert reports a change either way; the rows the table gained are the inserted ones.
  // The count runs inside the caller's transaction, where no other writer can interleave.
  const span = spanOf(rows);
  const before = await countRows(trx, span);
  for (let start = 0; start < rows.length; start += SQLITE_CHUNK) {
    const chunk = rows.slice(start, start + SQLITE_CHUNK);
    const params: unknown[] = [];
    for (const row of chunk) for (const c of COLUMNS) params.push(row[c]);
    await db.executeQuery(CompiledQuery.raw(sqliteInsert(chunk.length), params));
  }
  const inserted = (await countRows(trx, span)) - before;
  return { inserted, replaced: rows.length - inserted };
}

interface Span {
  policyIds: string[];
  from: string;
  to: string;
}

function spanOf(rows: MetricDailyTable[]): Span {
  const policyIds = new Set<string>();
  let from = rows[0]!.day;
  let to = from;
  for (const row of rows) {
    policyIds.add(row.policy_id);
    if (row.day < from) from = row.day;
    if (row.day > to) to = row.day;
  }
  return { policyIds: [...policyIds], from, to };
}

/** Rows in the written span: a range of the primary key per policy, not a scan of the whole table. */
async function countRows(trx: DbScope, span: Span): Promise<number> {
  const row = await queryBuilder(trx)
    .selectFrom('metric_daily')
    .where('policy_id', 'in', span.policyIds)
    .where('day', '>=', span.from)
    .where('day', '<=', span.to)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
