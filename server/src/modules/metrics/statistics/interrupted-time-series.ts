import { dayNumber, type DayRange } from './day-of-week.js';
import { placeOnAxis, weekdaysPresent, type DailyValue } from './daily-series.js';
import { coefficient, ols, weekdayColumns, type Coefficient } from './linear-algebra.js';

export interface InterruptedTimeSeriesResult {
  /** Always true: without a control, the change is read against the series' own past. */
  observational: true;
  /** Jump of the series when the post window starts, beyond the pre-launch trend. */
  levelChange: Coefficient;
  /** Change of the slope per day after launch. */
  slopeChange: Coefficient;
  /** Slope per day before launch. */
  preTrend: Coefficient;
  /** levelChange / the level the pre-launch trend predicts at the start of the post window. */
  relativeLevelChange: number | null;
  degreesOfFreedom: number;
  days: { pre: number; post: number };
}

/**
 * Interrupted time series by segmented regression (Wagner, Soumerai, Zhang & Ross-Degnan 2002,
 * J. Clin. Pharm. Ther. 27:299), with weekday indicators for the weekly cycle:
 *   y_t = β₀ + β₁·t + β₂·post_t + β₃·(t − t₀)·post_t + Σ_w γ_w·[weekday_t = w] + ε_t,
 * t = days since launch, t₀ = first day of the post window (after the ramp-up), so β₂ is the level
 * change once the version is fully in force and β₃ the change of slope. Variance: the larger of the
 * conventional and the Newey–West HAC variance (Wagner et al. advise allowing for autocorrelation).
 * Observational: a concurrent shock at launch would be read as the policy's effect.
 */
export function interruptedTimeSeries(
  series: readonly DailyValue[],
  launchDate: string,
  windows: { pre: DayRange; post: DayRange },
  confidence = 0.95,
): InterruptedTimeSeriesResult {
  const rows = placeOnAxis(series, launchDate, windows.pre, windows.post);
  const pre = rows.filter((r) => !r.post).length;
  const post = rows.length - pre;
  if (pre < 10 || post < 10) throw new RangeError('Interrupted time series needs at least 10 days in each window');
  const t0 = dayNumber(windows.post.start) - dayNumber(launchDate);
  const present = weekdaysPresent(rows);
  const names = ['intercept', 'trend', 'level', 'slope', ...present.slice(1).map((w) => `weekday${w}`)];
  const x = rows.map((r) => [1, r.t, r.post ? 1 : 0, r.post ? r.t - t0 : 0, ...weekdayColumns(r.weekday, present)]);
  const fit = ols(
    x,
    rows.map((r) => r.value),
    names,
    confidence,
  );
  const intercept = coefficient(fit, 'intercept').estimate;
  const preTrend = coefficient(fit, 'trend');
  const weekdayMean =
    fit.coefficients.filter((c) => c.name.startsWith('weekday')).reduce((sum, c) => sum + c.estimate, 0) /
    present.length;
  const predicted = intercept + preTrend.estimate * t0 + weekdayMean;
  const levelChange = coefficient(fit, 'level');
  return {
    observational: true,
    levelChange,
    slopeChange: coefficient(fit, 'slope'),
    preTrend,
    relativeLevelChange: predicted !== 0 ? levelChange.estimate / predicted : null,
    degreesOfFreedom: fit.degreesOfFreedom,
    days: { pre, post },
  };
}
