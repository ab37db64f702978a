import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../../../db/database.js';
import { queryBuilder, type DbScope } from '../../../db/scope.js';
import { periodEnd, periodStart } from './metric-periods.js';

export type RollupGrain = 'week' | 'month';
export const ROLLUP_GRAINS: readonly RollupGrain[] = ['week', 'month'];

/** The days a span's rollup periods cover: from the first period's start to the last period's end. */
export function rollupSpan(grain: RollupGrain, from: string, to: string): { first: string; last: string; end: string } {
  const first = periodStart(grain, from);
  const last = periodStart(grain, to);
  return { first, last, end: periodEnd(grain, last) };
}

const SUMS = sql`sum(actioned), sum(user_reports), sum(views), sum(violating_views), sum(qa_sampled),
  sum(qa_correct), sum(appeals), sum(appeals_overturned), sum(proactive),
  sum(case when median_hours_to_action is null then 0 else actioned end),
  coalesce(sum(actioned * median_hours_to_action), 0),
  sum(case when p90_hours_to_action is null then 0 else actioned end),
  coalesce(sum(actioned * p90_hours_to_action), 0)`;

function periodExpression(grain: RollupGrain, dialect: DialectName): RawBuilder<string> {
  if (grain === 'month') return sql<string>`substr(day, 1, 7) || '-01'`;
  // The ISO week's Monday: SQLite's %w counts Sunday as 0; PostgreSQL's date_trunc('week') is ISO already.
  return dialect === 'sqlite'
    ? sql<string>`date(day, '-' || ((cast(strftime('%w', day) as integer) + 6) % 7) || ' days')`
    : sql<string>`to_char(date_trunc('week', day::date), 'YYYY-MM-DD')`;
}

const PART_SUMS = sql`sum(actioned) as actioned, sum(user_reports) as user_reports, sum(views) as views,
  sum(violating_views) as violating_views, sum(qa_sampled) as qa_sampled, sum(qa_correct) as qa_correct,
  sum(appeals) as appeals, sum(appeals_overturned) as appeals_overturned, sum(proactive) as proactive,
  sum(case when median_hours_to_action is null then 0 else actioned end) as median_weight,
  coalesce(sum(actioned * median_hours_to_action), 0) as median_weighted,
  sum(case when p90_hours_to_action is null then 0 else actioned end) as p90_weight,
  coalesce(sum(actioned * p90_hours_to_action), 0) as p90_weighted`;

const RESUMS = sql`sum(actioned), sum(user_reports), sum(views), sum(violating_views), sum(qa_sampled),
  sum(qa_correct), sum(appeals), sum(appeals_overturned), sum(proactive), sum(median_weight),
  sum(median_weighted), sum(p90_weight), sum(p90_weighted)`;

/**
 * Rebuilds the weekly, monthly and whole-policy daily rollups of the policies over every period touching [from, to]:
 * deletes those periods' rows and sums them again from metric_daily, so replaced or removed daily rows
 * change the rollup exactly. Weeks and months come from one pass: the daily rows are grouped once by
 * (week, month, keys), a week straddling two months giving two parts, and both grains are summed from
 * those parts in the same statement (the CTE is read twice, so both databases materialise it) — one
 * sort of the policy's daily rows instead of two. Call it inside the transaction that wrote the daily
 * rows (ingest, the sample generator, a version-date re-resolution), with the policies and the days it wrote.
 */
export async function refreshRollups(
  trx: DbScope,
  dialect: DialectName,
  span: { policyIds: string[]; from: string; to: string },
): Promise<void> {
  const policyIds = [...new Set(span.policyIds)];
  if (policyIds.length === 0 || span.from > span.to) return;
  const db = queryBuilder(trx);
  const ids = sql.join(policyIds.map((id) => sql`${id}`));
  const spans = { week: rollupSpan('week', span.from, span.to), month: rollupSpan('month', span.from, span.to) };
  for (const grain of ROLLUP_GRAINS) {
    const { first, last } = spans[grain];
    await sql`delete from metric_rollups where grain = ${grain} and policy_id in (${ids})
      and period >= ${first} and period <= ${last}`.execute(db);
  }
  const first = spans.week.first < spans.month.first ? spans.week.first : spans.month.first;
  const end = spans.week.end > spans.month.end ? spans.week.end : spans.month.end;
  const grainRows = (grain: RollupGrain) => {
    const column = sql.ref(grain);
    return sql`select policy_id, ${grain}, ${column}, market_id, surface_id, detection, version_id, ${RESUMS}
      from parts where ${column} >= ${spans[grain].first} and ${column} <= ${spans[grain].last}
      group by policy_id, ${column}, market_id, surface_id, detection, version_id`;
  };
  await sql`with parts as (
      select policy_id, ${periodExpression('week', dialect)} as week, ${periodExpression('month', dialect)} as month,
        market_id, surface_id, detection, coalesce(version_id, '') as version_id, ${PART_SUMS}
      from metric_daily
      where policy_id in (${ids}) and day >= ${first} and day <= ${end}
      group by policy_id, ${periodExpression('week', dialect)}, ${periodExpression('month', dialect)},
        market_id, surface_id, detection, coalesce(version_id, ''))
    insert into metric_rollups (policy_id, grain, period, market_id, surface_id, detection, version_id,
      actioned, user_reports, views, violating_views, qa_sampled, qa_correct, appeals, appeals_overturned,
      proactive, median_weight, median_weighted, p90_weight, p90_weighted)
    ${grainRows('week')} union all ${grainRows('month')}`.execute(db);
  // Whole-policy days (every market, surface and detection summed, keys ''): what the library-wide
  // heat map and unfiltered day series read, ~1 row per policy-day instead of ~120.
  await sql`delete from metric_rollups where grain = 'day' and policy_id in (${ids})
    and period >= ${span.from} and period <= ${span.to}`.execute(db);
  await sql`insert into metric_rollups (policy_id, grain, period, market_id, surface_id, detection, version_id,
      actioned, user_reports, views, violating_views, qa_sampled, qa_correct, appeals, appeals_overturned,
      proactive, median_weight, median_weighted, p90_weight, p90_weighted)
    select policy_id, 'day', day, '', '', '', '', ${SUMS}
    from metric_daily
    where policy_id in (${ids}) and day >= ${span.from} and day <= ${span.to}
    group by policy_id, day`.execute(db);
}
