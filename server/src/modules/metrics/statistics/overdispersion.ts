import {
  expandedPercentileInterval,
  recentre,
  resolveBootstrapOptions,
  summariseExpanded,
  type BootstrapOptions,
} from './bootstrap.js';
import type { BootstrapSummary } from './bootstrap.js';
import { chiSquareSurvival } from './distributions.js';
import { weekdayOf } from './day-of-week.js';
import { mulberry32, randomIndex } from './random.js';

/** One day of a rate metric: events (numerator) out of opportunities (denominator). */
export interface DailyCounts {
  date: string;
  numerator: number;
  denominator: number;
}

export interface DispersionCheck {
  /** Pearson chi-square of the daily counts against a binomial with one rate per window × weekday. */
  chiSquare: number;
  degreesOfFreedom: number;
  /** chiSquare / degreesOfFreedom: ≈ 1 for binomial days, > 1 when days vary more than counting noise. */
  ratio: number;
  pValue: number;
  overdispersed: boolean;
}

interface WeekdayGroup {
  days: DailyCounts[];
  numerator: number;
  denominator: number;
}

function weekdayGroups(days: readonly DailyCounts[]): WeekdayGroup[] {
  const groups: WeekdayGroup[] = Array.from({ length: 7 }, () => ({ days: [], numerator: 0, denominator: 0 }));
  for (const day of days) {
    if (day.denominator <= 0) continue;
    const group = groups[weekdayOf(day.date)]!;
    group.days.push(day);
    group.numerator += day.numerator;
    group.denominator += day.denominator;
  }
  return groups.filter((g) => g.days.length > 0);
}

/**
 * Is there more day-to-day variation than binomial counting noise explains? Pearson's dispersion
 * statistic (McCullagh & Nelder 1989, Generalized Linear Models 2nd ed., §4.5.2, the quasi-binomial
 * φ̂; the binomial homogeneity test of Cochran 1954, Biometrics 10:417):
 *   X² = Σ_d (y_d − n_d p̂_g)² / (n_d p̂_g (1 − p̂_g)),  p̂_g = pooled rate of the day's window × weekday,
 *   df = Σ_g (days_g − 1),  φ̂ = X²/df,  p = P(χ²_df ≥ X²).
 * Fitting a rate per weekday keeps the weekly cycle from passing for overdispersion.
 */
export function dispersionCheck(windows: ReadonlyArray<readonly DailyCounts[]>, alpha = 0.05): DispersionCheck {
  let chiSquare = 0;
  let df = 0;
  for (const days of windows) {
    for (const group of weekdayGroups(days)) {
      const p = group.numerator / group.denominator;
      if (p <= 0 || p >= 1) continue; // every day agrees exactly: no information on dispersion
      for (const day of group.days) {
        const expected = day.denominator * p;
        chiSquare += (day.numerator - expected) ** 2 / (expected * (1 - p));
      }
      df += group.days.length - 1;
    }
  }
  if (df === 0) return { chiSquare: 0, degreesOfFreedom: 0, ratio: Number.NaN, pValue: 1, overdispersed: false };
  const pValue = chiSquareSurvival(chiSquare, df);
  return { chiSquare, degreesOfFreedom: df, ratio: chiSquare / df, pValue, overdispersed: pValue < alpha };
}

/** A window prepared for residual resampling: fitted weekday rates and modified residuals. */
interface ResidualWindow {
  pooled: number;
  totalDenominator: number;
  weights: Float64Array; // n_d
  residuals: Float64Array; // centred modified residuals r_d
  degreesOfFreedom: number; // days − weekday groups
}

function prepareWindow(days: readonly DailyCounts[]): ResidualWindow {
  const groups = weekdayGroups(days);
  const weights: number[] = [];
  const residuals: number[] = [];
  let numerator = 0;
  let denominator = 0;
  for (const group of groups) {
    numerator += group.numerator;
    denominator += group.denominator;
    const fitted = group.numerator / group.denominator;
    for (const day of group.days) {
      weights.push(day.denominator);
      // Leverage of a day in its weekday's weighted mean is n_d / N_g; a weekday seen once has
      // leverage 1 and no residual to offer (Davison & Hinkley 1997, §6.2.3, eq. 6.9).
      const leverage = day.denominator / group.denominator;
      if (leverage < 1) residuals.push((day.numerator / day.denominator - fitted) / Math.sqrt(1 - leverage));
    }
  }
  if (residuals.length < 2) throw new RangeError('Too few days to resample');
  const mean = residuals.reduce((a, b) => a + b, 0) / residuals.length;
  return {
    pooled: numerator / denominator,
    totalDenominator: denominator,
    weights: Float64Array.from(weights),
    residuals: Float64Array.from(residuals, (r) => r - mean),
    degreesOfFreedom: weights.length - groups.length,
  };
}

function resampledRate(window: ResidualWindow, random: () => number): number {
  // R* = Σ n_d (p̂_g(d) + r*_d) / N = R + Σ n_d r*_d / N, with r*_d drawn from the window's residuals.
  let shift = 0;
  const pool = window.residuals;
  for (let i = 0; i < window.weights.length; i++) shift += window.weights[i]! * pool[randomIndex(random, pool.length)]!;
  return window.pooled + shift / window.totalDenominator;
}

export interface DayBootstrapResult extends BootstrapSummary {
  degreesOfFreedom: number;
  before: number;
  after: number;
  relativeChange: number | null;
  relativeLower: number | null;
  relativeUpper: number | null;
}

/**
 * Difference of pooled rates (after − before) when days are overdispersed, by a day-level residual
 * bootstrap: each window keeps its weekday rates and its daily volumes, and its days' deviations
 * from their weekday rate are resampled with replacement (residual resampling, Efron & Tibshirani
 * 1993 §9.5; leverage-modified residuals, Davison & Hinkley 1997 §6.2.3). Resampling deviations
 * rather than whole days keeps every resample's weekday mix equal to the window's, so the weekly
 * cycle neither cancels wrongly nor inflates the interval. Expanded percentile interval (Hesterberg
 * 2015) with df = days − weekday groups, and the matching p-value.
 */
export function dayLevelBootstrapDifference(
  before: readonly DailyCounts[],
  after: readonly DailyCounts[],
  options: BootstrapOptions = {},
): DayBootstrapResult {
  const resolved = resolveBootstrapOptions(options);
  const random = mulberry32(resolved.seed);
  const pre = prepareWindow(before);
  const post = prepareWindow(after);
  const differences = new Float64Array(resolved.resamples);
  const ratios = new Float64Array(resolved.resamples);
  for (let b = 0; b < resolved.resamples; b++) {
    const r1 = resampledRate(pre, random);
    const r2 = resampledRate(post, random);
    differences[b] = r2 - r1;
    ratios[b] = r2 / r1 - 1;
  }
  const df = pre.degreesOfFreedom + post.degreesOfFreedom;
  const summary = summariseExpanded(post.pooled - pre.pooled, differences, resolved, df);
  const relativeChange = pre.pooled > 0 ? post.pooled / pre.pooled - 1 : null;
  const relativeOk = relativeChange !== null && ratios.every((r) => Number.isFinite(r));
  const [relativeLower, relativeUpper] = relativeOk
    ? expandedPercentileInterval(recentre(ratios, relativeChange), resolved.confidence, df)
    : [null, null];
  return {
    ...summary,
    degreesOfFreedom: df,
    before: pre.pooled,
    after: post.pooled,
    relativeChange,
    relativeLower,
    relativeUpper,
  };
}
