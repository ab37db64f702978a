import type { DayRange } from './day-of-week.js';
import { mean, placeOnAxis, weekdaysPresent, type DailyValue, type TimedValue } from './daily-series.js';
import { coefficient, ols, weekdayColumns } from './linear-algebra.js';

export interface ParallelTrendsCheck {
  /** Slope of (treated − control) per day over the pre window; 0 when the trends are parallel. */
  slopePerDay: number;
  lower: number;
  upper: number;
  pValue: number;
  /** No evidence against parallel pre-trends at the 5% level. */
  parallel: boolean;
  days: number;
}

export interface DifferenceInDifferencesResult {
  /** (treated after − treated before) − (control after − control before), in the series' unit. */
  estimate: number;
  lower: number;
  upper: number;
  pValue: number;
  standardError: number;
  degreesOfFreedom: number;
  /** estimate / (treated after − estimate): the change relative to the counterfactual level. */
  relativeChange: number | null;
  treatedBefore: number;
  treatedAfter: number;
  controlBefore: number;
  controlAfter: number;
  days: { pre: number; post: number };
  parallelTrends: ParallelTrendsCheck;
}

function dailyDifferences(treated: readonly TimedValue[], control: readonly TimedValue[]): TimedValue[] {
  const byDate = new Map(control.map((c) => [c.date, c.value]));
  return treated.flatMap((row) => {
    const c = byDate.get(row.date);
    return c === undefined ? [] : [{ ...row, value: row.value - c }];
  });
}

function regress(rows: readonly TimedValue[], term: 'post' | 'trend', confidence: number) {
  const present = weekdaysPresent(rows);
  const names = ['intercept', term, ...present.slice(1).map((w) => `weekday${w}`)];
  const x = rows.map((r) => [1, term === 'post' ? (r.post ? 1 : 0) : r.t, ...weekdayColumns(r.weekday, present)]);
  const fit = ols(
    x,
    rows.map((r) => r.value),
    names,
    confidence,
  );
  return { ...coefficient(fit, term), degreesOfFreedom: fit.degreesOfFreedom };
}

/**
 * Difference-in-differences of a treated series against a control series (markets or surfaces the
 * version did not apply to), day by day.
 *
 * Model (Angrist & Pischke 2009, §5.2; one treated and one control unit): the daily difference
 * D_t = treated_t − control_t is regressed on a post indicator and weekday indicators,
 *   D_t = α + δ·post_t + Σ_w γ_w·[weekday_t = w] + ε_t,
 * so δ̂ is the DiD estimate and the common shocks of a day (trends, holidays, outages) cancel.
 * Inference: Bertrand, Duflo & Mullainathan (2004, QJE 119:249) show that DiD on serially correlated
 * daily data overstates significance when the errors are treated as independent; with a single
 * treated unit there are no clusters, so the variance of δ̂ is the larger of the conventional and the
 * Newey–West HAC variance (see `ols`), with t(n − k) intervals.
 *
 * Parallel-trends check (Angrist & Pischke 2009 §5.2.1; Roth 2022 on its limits): over the pre window
 * only, D_t = α + β·t + weekday terms; a slope β different from 0 means the two series were already
 * drifting apart before launch, and the DiD estimate would absorb that drift.
 */
export function differenceInDifferences(
  treated: readonly DailyValue[],
  control: readonly DailyValue[],
  launchDate: string,
  windows: { pre: DayRange; post: DayRange },
  confidence = 0.95,
): DifferenceInDifferencesResult {
  const t = placeOnAxis(treated, launchDate, windows.pre, windows.post);
  const c = placeOnAxis(control, launchDate, windows.pre, windows.post);
  const diffs = dailyDifferences(t, c);
  const preRows = diffs.filter((r) => !r.post);
  const postRows = diffs.filter((r) => r.post);
  if (preRows.length < 10 || postRows.length < 10) {
    throw new RangeError('Difference-in-differences needs at least 10 matched days in each window');
  }
  const effect = regress(diffs, 'post', confidence);
  const trend = regress(preRows, 'trend', confidence);
  const matched = new Set(diffs.map((r) => r.date));
  const meanOf = (rows: readonly TimedValue[], post: boolean) =>
    mean(rows.filter((r) => r.post === post && matched.has(r.date)).map((r) => r.value));
  const treatedAfter = meanOf(t, true);
  const counterfactual = treatedAfter - effect.estimate;
  return {
    estimate: effect.estimate,
    lower: effect.lower,
    upper: effect.upper,
    pValue: effect.pValue,
    standardError: effect.standardError,
    degreesOfFreedom: effect.degreesOfFreedom,
    relativeChange: counterfactual !== 0 ? effect.estimate / counterfactual : null,
    treatedBefore: meanOf(t, false),
    treatedAfter,
    controlBefore: meanOf(c, false),
    controlAfter: meanOf(c, true),
    days: { pre: preRows.length, post: postRows.length },
    parallelTrends: {
      slopePerDay: trend.estimate,
      lower: trend.lower,
      upper: trend.upper,
      pValue: trend.pValue,
      parallel: trend.pValue >= 1 - confidence,
      days: preRows.length,
    },
  };
}
