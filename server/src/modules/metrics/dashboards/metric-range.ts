import type { MetricGrain } from '@policyops/contracts';
import type { DbScope } from '../../../db/scope.js';
import type { MetricSums } from './metric-figures.js';
import { addSums } from './metric-figures.js';
import { sumDaily, sumRollups, type GroupKey, type MetricFilter } from './metric-dashboard.repository.js';
import { addDays, periodEnd, periodStart } from './metric-periods.js';

const unfiltered = (f: MetricFilter) => !f.marketIds && !f.surfaceId && !f.detection;

/** The whole periods of `grain` inside [from, to]: their first and last period starts (first > last: none). */
function wholePeriods(grain: 'week' | 'month', from: string, to: string): { first: string; last: string } {
  const startFrom = periodStart(grain, from);
  const first = startFrom === from ? from : addDays(periodEnd(grain, startFrom), 1);
  const startTo = periodStart(grain, to);
  const last = periodEnd(grain, startTo) === to ? startTo : periodStart(grain, addDays(startTo, -1));
  return { first, last };
}

/**
 * Sums over [from, to] grouped by `key`, reading the rollups for the whole weeks or months inside the
 * range and daily rows only for the partial periods at its edges: at most ~60 days of daily rows
 * whatever the range's length.
 */
export async function sumRange(
  db: DbScope,
  filter: MetricFilter,
  from: string,
  to: string,
  key: Exclude<GroupKey, 'day'>,
  grain: 'week' | 'month' = 'month',
): Promise<Map<string, MetricSums>> {
  const { first, last } = wholePeriods(grain, from, to);
  if (first > last) return sumDaily(db, filter, from, to, key);
  const sums = await sumRollups(db, grain, filter, first, last, key);
  await sumDaily(db, filter, from, addDays(first, -1), key, sums);
  return sumDaily(db, filter, addDays(periodEnd(grain, last), 1), to, key, sums);
}

/** A time series: sums per period of `grain` (keyed by the period's first day) over [from, to]. */
export async function sumSeries(
  db: DbScope,
  filter: MetricFilter,
  from: string,
  to: string,
  grain: MetricGrain,
): Promise<Map<string, MetricSums>> {
  if (grain === 'day')
    return unfiltered(filter) ? sumRollups(db, 'day', filter, from, to, 'day') : sumDaily(db, filter, from, to, 'day');
  const { first, last } = wholePeriods(grain, from, to);
  const sums = await sumRollups(db, grain, filter, first, last, 'day');
  const edges = new Map<string, MetricSums>();
  if (first > last) await sumDaily(db, filter, from, to, 'day', edges);
  else {
    await sumDaily(db, filter, from, addDays(first, -1), 'day', edges);
    await sumDaily(db, filter, addDays(periodEnd(grain, last), 1), to, 'day', edges);
  }
  for (const [day, daySums] of edges) {
    const period = periodStart(grain, day);
    const target = sums.get(period);
    if (target) addSums(target, daySums);
    else sums.set(period, { ...daySums });
  }
  return sums;
}
