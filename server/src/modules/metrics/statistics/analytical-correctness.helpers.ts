import { inRange, type DayRange } from './day-of-week.js';
import { normalCdf } from './distributions.js';
import type { SimulatedSeries } from './simulate.js';

/** Test support for the analytical-correctness suites: the truths the estimators aim at. */

/** Σ n_d μ_d / Σ n_d over a window: the pooled rate the window would show without noise. */
export function truePooledRate(series: SimulatedSeries, range: DayRange): number {
  if (series.kind !== 'proportion') throw new Error('not a rate');
  const days = series.days.filter((d) => inRange(d.date, range));
  return days.reduce((s, d) => s + d.denominator * d.expectedRate, 0) / days.reduce((s, d) => s + d.denominator, 0);
}

/** Mean of the days' expected rates over a window (the estimand of regressions on daily rates). */
export function trueMeanRate(series: SimulatedSeries, range: DayRange): number {
  if (series.kind !== 'proportion') throw new Error('not a rate');
  const days = series.days.filter((d) => inRange(d.date, range));
  return days.reduce((s, d) => s + d.expectedRate, 0) / days.length;
}

/**
 * Median of the daily-median distribution of a window holding every weekday equally often: the m
 * with (1/7) Σ_w Φ((ln m − ln(base·week_w·scale)) / σ) = ½, solved by bisection.
 */
export function trueWindowMedian(base: number, week: readonly number[], sigma: number, scale: number): number {
  let lo = 0;
  let hi = base * 10;
  for (let i = 0; i < 200; i++) {
    const m = (lo + hi) / 2;
    const cdf = week.reduce((s, w) => s + normalCdf(Math.log(m / (base * w * scale)) / sigma), 0) / week.length;
    if (cdf < 0.5) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

export function covers(lower: number | null, upper: number | null, truth: number): boolean {
  return lower !== null && upper !== null && lower <= truth && truth <= upper;
}

export function share(count: number, total: number): number {
  return Math.round((count / total) * 10_000) / 10_000;
}
