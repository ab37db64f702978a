import { sql, type RawBuilder } from 'kysely';
import { queryBuilder, type DbScope } from '../../../db/scope.js';
import type { Viewer } from '../../policies/policy-access.js';
import { visibleTo } from '../../policies/policy-visibility.query.js';
import { addSums, emptySums, SUM_COLUMNS, type MetricSums } from './metric-figures.js';

/** Which rows a dashboard query sums: one or more policies over days, optionally narrowed. */
export interface MetricFilter {
  policyIds: string[];
  /** Markets to include (a market and its descendants); null: every market. */
  marketIds: string[] | null;
  surfaceId: string | null;
  detection: string | null;
}

export type Dimension = 'market_id' | 'surface_id' | 'detection' | 'version_id';
/** What rows are grouped by: a day (daily rows) or period (rollups), or a dimension. */
export type GroupKey = 'day' | Dimension | null;

const SUM_SELECT = sql.join(SUM_COLUMNS.map((c) => sql`sum(${sql.ref(c)}) as ${sql.ref(c)}`));
const DAILY_SUMS = sql`sum(actioned) as actioned, sum(user_reports) as user_reports, sum(views) as views,
  sum(violating_views) as violating_views, sum(qa_sampled) as qa_sampled, sum(qa_correct) as qa_correct,
  sum(appeals) as appeals, sum(appeals_overturned) as appeals_overturned, sum(proactive) as proactive,
  sum(case when median_hours_to_action is null then 0 else actioned end) as median_weight,
  sum(actioned * median_hours_to_action) as median_weighted,
  sum(case when p90_hours_to_action is null then 0 else actioned end) as p90_weight,
  sum(actioned * p90_hours_to_action) as p90_weighted`;

function where(filter: MetricFilter): RawBuilder<unknown> {
  const parts = [sql`policy_id in (${sql.join(filter.policyIds.map((id) => sql`${id}`))})`];
  if (filter.marketIds) parts.push(sql`market_id in (${sql.join(filter.marketIds.map((id) => sql`${id}`))})`);
  if (filter.surfaceId) parts.push(sql`surface_id = ${filter.surfaceId}`);
  if (filter.detection) parts.push(sql`detection = ${filter.detection}`);
  return sql.join(parts, sql` and `);
}

type SumRow = Record<string, unknown> & { k: string | null };

function collect(rows: SumRow[], into: Map<string, MetricSums>): Map<string, MetricSums> {
  for (const row of rows) {
    const key = row.k ?? '';
    addSums(into.get(key) ?? into.set(key, emptySums()).get(key)!, row as never);
  }
  return into;
}

/** Sums of daily rows over [from, to], grouped by `key` (null: one group keyed ''). */
export async function sumDaily(
  db: DbScope,
  filter: MetricFilter,
  from: string,
  to: string,
  key: GroupKey,
  into = new Map<string, MetricSums>(),
): Promise<Map<string, MetricSums>> {
  if (from > to) return into;
  const k = key ? sql.ref(key) : sql`''`;
  const group = key ? sql`group by ${sql.ref(key)}` : sql``;
  const { rows } = await sql<SumRow>`select ${k} as k, ${DAILY_SUMS} from metric_daily
    where ${where(filter)} and day >= ${from} and day <= ${to} ${group}`.execute(queryBuilder(db));
  return collect(rows, into);
}

/**
 * Sums of rollup rows of `grain` whose period starts in [firstPeriod, lastPeriod], grouped by `key`
 * ('day' meaning the period). Grain 'day' rows are whole-policy days: only for unfiltered queries.
 */
export async function sumRollups(
  db: DbScope,
  grain: 'day' | 'week' | 'month',
  filter: MetricFilter,
  firstPeriod: string,
  lastPeriod: string,
  key: GroupKey,
  into = new Map<string, MetricSums>(),
): Promise<Map<string, MetricSums>> {
  if (firstPeriod > lastPeriod) return into;
  const column = key === 'day' ? 'period' : key;
  const k = column ? sql.ref(column) : sql`''`;
  const group = column ? sql`group by ${sql.ref(column)}` : sql``;
  const { rows } = await sql<SumRow>`select ${k} as k, ${SUM_SELECT} from metric_rollups
    where grain = ${grain} and ${where(filter)} and period >= ${firstPeriod} and period <= ${lastPeriod} ${group}`.execute(
    queryBuilder(db),
  );
  return collect(rows, into);
}

/** First and last day with data per policy: two key lookups each, whatever the table's size, in one query. */
export async function coverage(
  db: DbScope,
  policyIds: string[],
): Promise<Map<string, { firstDay: string; lastDay: string }>> {
  const result = new Map<string, { firstDay: string; lastDay: string }>();
  for (const ids of chunks([...new Set(policyIds)], CHUNK)) {
    const { rows } = await sql<{ id: string; first: string | null; last: string | null }>`select p.id,
      (select day from metric_daily d where d.policy_id = p.id order by day asc limit 1) as first,
      (select day from metric_daily d where d.policy_id = p.id order by day desc limit 1) as last
      from policies p where p.id in (${sql.join(ids.map((id) => sql`${id}`))})`.execute(queryBuilder(db));
    for (const row of rows) if (row.first && row.last) result.set(row.id, { firstDay: row.first, lastDay: row.last });
  }
  return result;
}

/** A whole-policy span of days whose day rollups are summed under `key`. */
export interface PolicyWindow {
  key: string;
  policyId: string;
  from: string;
  to: string;
}

/**
 * Sums of whole-policy day rollups over each window, keyed by the window's key: one statement for
 * many windows, joining a VALUES list of windows to the rollups' primary-key range (a compound SELECT
 * of one part per window costs SQLite more to prepare than to run).
 */
export async function sumPolicyWindows(db: DbScope, windows: PolicyWindow[]): Promise<Map<string, MetricSums>> {
  const into = new Map<string, MetricSums>();
  for (const part of chunks(
    windows.filter((w) => w.from <= w.to),
    CHUNK,
  )) {
    const values = sql.join(part.map((w) => sql`(${w.key}, ${w.policyId}, ${w.from}, ${w.to})`));
    const sums = sql.join(SUM_COLUMNS.map((c) => sql`sum(r.${sql.ref(c)}) as ${sql.ref(c)}`));
    const { rows } = await sql<SumRow>`with w (k, policy_id, first_day, last_day) as (values ${values})
      select w.k as k, ${sums} from w join metric_rollups r on r.grain = 'day' and r.policy_id = w.policy_id
        and r.period >= w.first_day and r.period <= w.last_day
      group by w.k`.execute(queryBuilder(db));
    collect(rows, into);
  }
  return into;
}

// Well under SQLite's 32766 parameters and PostgreSQL's 65535 per statement.
const CHUNK = 200;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Every policy the viewer may see, by title. */
export async function visiblePolicies(db: DbScope, viewer: Viewer) {
  return queryBuilder(db)
    .selectFrom('policies as p')
    .select(['p.id', 'p.slug', 'p.title', 'p.restricted'])
    .where(visibleTo(viewer))
    .orderBy('p.title')
    .orderBy('p.id')
    .execute();
}
