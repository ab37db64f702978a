import { METRIC_DEFINITIONS, type MetricComparison, type MetricFigure, type MetricKey } from '@policyops/contracts';
import { wilsonInterval } from '../statistics/wilson.js';

/** The sums every figure is computed from: counts, and the weights and weighted sums of the daily times. */
export interface MetricSums {
  actioned: number;
  user_reports: number;
  views: number;
  violating_views: number;
  qa_sampled: number;
  qa_correct: number;
  appeals: number;
  appeals_overturned: number;
  proactive: number;
  median_weight: number;
  median_weighted: number;
  p90_weight: number;
  p90_weighted: number;
}

export const SUM_COLUMNS = [
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
  'median_weighted',
  'p90_weight',
  'p90_weighted',
] as const satisfies readonly (keyof MetricSums)[];

export const emptySums = (): MetricSums => Object.fromEntries(SUM_COLUMNS.map((c) => [c, 0])) as unknown as MetricSums;

/** Adds `more` into `into` (PostgreSQL hands sums over as strings, hence Number()). */
export function addSums(into: MetricSums, more: Record<(typeof SUM_COLUMNS)[number], unknown>): MetricSums {
  for (const c of SUM_COLUMNS) into[c] += Number(more[c] ?? 0);
  return into;
}

/**
 * One figure from its sums, as METRIC_DEFINITIONS defines it: a rate with its Wilson 95% interval in
 * the display unit, a time as the actioned-weighted mean of daily medians (p90s), a volume as the sum.
 */
export function figureOf(metric: MetricKey, sums: MetricSums): MetricFigure {
  const definition = METRIC_DEFINITIONS[metric];
  if (definition.kind === 'rate') {
    const scale = definition.unit === 'per10k' ? 10_000 : 100;
    const numerator = sums[definition.numerator];
    const denominator = sums[definition.denominator];
    const w = wilsonInterval(numerator, denominator, 0.95, scale);
    return { value: w.rate, lower: w.lower, upper: w.upper, numerator, denominator };
  }
  if (definition.kind === 'time') {
    const weight = definition.column === 'median_hours_to_action' ? sums.median_weight : sums.p90_weight;
    const weighted = definition.column === 'median_hours_to_action' ? sums.median_weighted : sums.p90_weighted;
    return {
      value: weight > 0 ? weighted / weight : null,
      lower: null,
      upper: null,
      numerator: null,
      denominator: weight,
    };
  }
  return { value: sums[definition.column], lower: null, upper: null, numerator: null, denominator: null };
}

/** A figure against the previous period: the change in the display unit (points for rates) and relative. */
export function compare(metric: MetricKey, current: MetricSums, previous: MetricSums): MetricComparison {
  const a = figureOf(metric, current);
  const b = figureOf(metric, previous);
  const change = a.value === null || b.value === null ? null : a.value - b.value;
  const relativeChange = change === null || !b.value ? null : change / b.value;
  return { current: a, previous: b, change, relativeChange };
}
