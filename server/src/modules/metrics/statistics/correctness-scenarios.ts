import { addDays } from './day-of-week.js';
import type { MetricInput } from './impact-types.js';
import { simulateLaunch, type SimulatedMetricSpec, type SimulatedSeries, type WeeklyPattern } from './simulate.js';

/**
 * The launch the analytical-correctness suite simulates again and again: one policy in one market,
 * the five rates and the median of issue 12 at volumes typical of a large platform (stated here so
 * the figures in the report can be read against them).
 */

const RATE_WEEK: WeeklyPattern = [1.02, 1.0, 1.0, 0.99, 0.98, 0.99, 1.02];
const TIME_WEEK: WeeklyPattern = [0.92, 0.9, 0.93, 0.95, 1.0, 1.18, 1.12];

export interface TypicalMetric {
  spec: SimulatedMetricSpec;
  label: string;
  unit?: 'points' | 'per10k';
  /** Direction of the planted 10% relative shift (accuracy cannot rise 10% from 90%). */
  direction: 1 | -1;
}

export const TYPICAL_METRICS: readonly TypicalMetric[] = [
  // 800 QA-sampled decisions a day, 90% correct, 2% day-to-day noise.
  {
    label: 'Accuracy',
    direction: -1,
    spec: { kind: 'proportion', key: 'accuracy', baseRate: 0.9, dailyVolume: 800, rateWeek: RATE_WEEK, dayNoise: 0.02 },
  },
  // 40 000 actioned items a day, 2.5% appealed.
  {
    label: 'Appeal rate',
    direction: 1,
    spec: {
      kind: 'proportion',
      key: 'appeal_rate',
      baseRate: 0.025,
      dailyVolume: 40_000,
      rateWeek: RATE_WEEK,
      dayNoise: 0.05,
    },
  },
  // 1 000 appeals a day, 15% overturned.
  {
    label: 'Overturn rate',
    direction: -1,
    spec: {
      kind: 'proportion',
      key: 'overturn_rate',
      baseRate: 0.15,
      dailyVolume: 1_000,
      rateWeek: RATE_WEEK,
      dayNoise: 0.05,
    },
  },
  // 20 million views a day, 5 violating per 10 000.
  {
    label: 'Prevalence',
    unit: 'per10k',
    direction: -1,
    spec: {
      kind: 'proportion',
      key: 'prevalence',
      baseRate: 0.0005,
      dailyVolume: 20_000_000,
      rateWeek: RATE_WEEK,
      dayNoise: 0.05,
    },
  },
  // 40 000 actioned items a day, 75% found proactively.
  {
    label: 'Proactive rate',
    direction: 1,
    spec: {
      kind: 'proportion',
      key: 'proactive_rate',
      baseRate: 0.75,
      dailyVolume: 40_000,
      rateWeek: RATE_WEEK,
      dayNoise: 0.02,
    },
  },
  // Median hours to action, 6 h on a typical day, 5% lognormal day noise, slower at weekends.
  {
    label: 'Median time to action',
    direction: -1,
    spec: { kind: 'median', key: 'median_tta', baseMedian: 6, week: TIME_WEEK, dayNoise: 0.05, dailyVolume: 30_000 },
  },
];

export const LAUNCH_DATE = '2026-03-02';
export const RAMP_UP_DAYS = 7;
export const WINDOW_DAYS = 28;
/** The simulation covers the pre window, the ramp-up and the post window exactly. */
export const SIMULATION_START = addDays(LAUNCH_DATE, -WINDOW_DAYS);
export const SIMULATION_DAYS = WINDOW_DAYS * 2 + RAMP_UP_DAYS;

/** Weekly pattern of the median time metric, for computing its true window median. */
export const TIME_METRIC_WEEK = TIME_WEEK;

/** The typical launch with every metric shifted by `relativeShift` in its own direction. */
export function typicalLaunch(seed: number, relativeShift: number): SimulatedSeries[] {
  const specs = TYPICAL_METRICS.map((m) => ({ ...m.spec, shift: m.direction * relativeShift }));
  return simulateLaunch(specs, { start: SIMULATION_START, days: SIMULATION_DAYS, launchDate: LAUNCH_DATE, seed });
}

/** Simulated series as the analysis' input (optionally with a control series per metric). */
export function toMetricInput(series: SimulatedSeries, control?: SimulatedSeries): MetricInput {
  const meta = TYPICAL_METRICS.find((m) => m.spec.key === series.key);
  const label = meta?.label ?? series.key;
  if (series.kind === 'proportion') {
    const strip = (s: SimulatedSeries) =>
      s.kind === 'proportion'
        ? s.days.map(({ date, numerator, denominator }) => ({ date, numerator, denominator }))
        : [];
    return {
      kind: 'proportion',
      key: series.key,
      label,
      ...(meta?.unit ? { unit: meta.unit } : {}),
      days: strip(series),
      ...(control ? { control: strip(control) } : {}),
    };
  }
  const strip = (s: SimulatedSeries) =>
    s.kind === 'median' ? s.days.map(({ date, median, count }) => ({ date, median, count })) : [];
  return {
    kind: 'median',
    key: series.key,
    label,
    unit: 'hours',
    days: strip(series),
    ...(control ? { control: strip(control) } : {}),
  };
}
