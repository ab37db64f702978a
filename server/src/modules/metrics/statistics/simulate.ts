import { addDays, dayNumber, weekdayOf } from './day-of-week.js';
import { betaDeviate, binomialDeviate, deriveSeed, mulberry32, standardNormal, type Random } from './random.js';

/**
 * A seeded simulator of daily metric series: weekly seasonality, day-level noise beyond counting
 * noise (overdispersion), an optional common trend and an optional planted shift at a launch. It
 * feeds the analytical-correctness suite, and can feed sample data.
 */

/** Seven multipliers, Monday first. */
export type WeeklyPattern = readonly [number, number, number, number, number, number, number];

export const FLAT_WEEK: WeeklyPattern = [1, 1, 1, 1, 1, 1, 1];
/** Weekend volumes lower, as on most platforms' enforcement queues. */
export const TYPICAL_VOLUME_WEEK: WeeklyPattern = [1.08, 1.1, 1.08, 1.05, 1.0, 0.82, 0.87];

export interface SimulatedRateSpec {
  kind: 'proportion';
  key: string;
  /** Mean rate on an average weekday before any trend or shift. */
  baseRate: number;
  /** Mean denominator per day. */
  dailyVolume: number;
  volumeWeek?: WeeklyPattern;
  rateWeek?: WeeklyPattern;
  /**
   * Day-to-day noise of the day's true rate, as a relative standard deviation (0.05: a typical day's
   * rate is within ±5% of its mean). The day's rate is drawn from a beta with that mean and spread,
   * p_d ~ Beta(μκ, (1 − μ)κ) with κ = (1 − μ)/(μ·noise²) − 1, so counts are beta-binomial. 0 gives
   * pure binomial days.
   */
  dayNoise?: number;
  /** Lognormal σ of the day's volume (mean-preserving). Default 0.1. */
  volumeNoise?: number;
  /** Added to the mean rate per day since launch (a common trend when shared between series). */
  trendPerDay?: number;
  /** Relative change of the mean rate from launch on: −0.1 is a 10% fall. */
  shift?: number;
}

export interface SimulatedMedianSpec {
  kind: 'median';
  key: string;
  /** Median of the daily medians on an average weekday. */
  baseMedian: number;
  week?: WeeklyPattern;
  /** Lognormal σ of a day's median around its expectation. Default 0.1. */
  dayNoise?: number;
  /** Relative change per day since launch. */
  trendPerDay?: number;
  shift?: number;
  /** Items per day behind each median. */
  dailyVolume?: number;
}

export type SimulatedMetricSpec = SimulatedRateSpec | SimulatedMedianSpec;

export interface SimulatedRateDay {
  date: string;
  numerator: number;
  denominator: number;
  /** The mean rate the day was drawn from (the truth the estimators aim at). */
  expectedRate: number;
}

export interface SimulatedMedianDay {
  date: string;
  median: number;
  count: number;
  /** The day's median before day-level noise. */
  expectedMedian: number;
}

export interface SimulationSpec {
  start: string;
  days: number;
  launchDate: string;
  seed: number;
}

function lognormalFactor(random: Random, sigma: number, meanPreserving: boolean): number {
  if (sigma <= 0) return 1;
  return Math.exp(sigma * standardNormal(random) - (meanPreserving ? (sigma * sigma) / 2 : 0));
}

/** Daily counts of one rate metric. */
export function simulateRateSeries(spec: SimulatedRateSpec, sim: SimulationSpec): SimulatedRateDay[] {
  const random = mulberry32(deriveSeed(sim.seed, spec.key));
  const launch = dayNumber(sim.launchDate);
  const volumeWeek = spec.volumeWeek ?? TYPICAL_VOLUME_WEEK;
  const rateWeek = spec.rateWeek ?? FLAT_WEEK;
  const noise = spec.dayNoise ?? 0;
  return Array.from({ length: sim.days }, (_, i) => {
    const date = addDays(sim.start, i);
    const t = dayNumber(date) - launch;
    const w = weekdayOf(date);
    const trend = spec.baseRate + (spec.trendPerDay ?? 0) * t;
    const expectedRate = Math.min(0.999, Math.max(0.0001, trend * rateWeek[w]! * (t >= 0 ? 1 + (spec.shift ?? 0) : 1)));
    const denominator = Math.max(
      0,
      Math.round(spec.dailyVolume * volumeWeek[w]! * lognormalFactor(random, spec.volumeNoise ?? 0.1, true)),
    );
    const kappa = noise > 0 ? (1 - expectedRate) / (expectedRate * noise * noise) - 1 : 0;
    const p = kappa > 0 ? betaDeviate(random, expectedRate * kappa, (1 - expectedRate) * kappa) : expectedRate;
    return { date, numerator: binomialDeviate(random, denominator, p), denominator, expectedRate };
  });
}

/** Daily medians of one time metric (e.g. hours to action). */
export function simulateMedianSeries(spec: SimulatedMedianSpec, sim: SimulationSpec): SimulatedMedianDay[] {
  const random = mulberry32(deriveSeed(sim.seed, spec.key));
  const launch = dayNumber(sim.launchDate);
  const week = spec.week ?? FLAT_WEEK;
  return Array.from({ length: sim.days }, (_, i) => {
    const date = addDays(sim.start, i);
    const t = dayNumber(date) - launch;
    const expectedMedian =
      spec.baseMedian *
      (1 + (spec.trendPerDay ?? 0) * t) *
      week[weekdayOf(date)]! *
      (t >= 0 ? 1 + (spec.shift ?? 0) : 1);
    // Median-preserving noise: the median of exp(σZ) is 1.
    const median = expectedMedian * lognormalFactor(random, spec.dayNoise ?? 0.1, false);
    return { date, median, count: Math.round(spec.dailyVolume ?? 1000), expectedMedian };
  });
}

export type SimulatedSeries =
  | { kind: 'proportion'; key: string; days: SimulatedRateDay[] }
  | { kind: 'median'; key: string; days: SimulatedMedianDay[] };

/** Every metric of a launch over the same days, each with its own random stream. */
export function simulateLaunch(specs: readonly SimulatedMetricSpec[], sim: SimulationSpec): SimulatedSeries[] {
  return specs.map((spec) =>
    spec.kind === 'proportion'
      ? { kind: 'proportion', key: spec.key, days: simulateRateSeries(spec, sim) }
      : { kind: 'median', key: spec.key, days: simulateMedianSeries(spec, sim) },
  );
}
