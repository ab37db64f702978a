import { medianDifferenceBootstrap } from './bootstrap.js';
import { checkDataQuality, type DataWarning, type DayVolume } from './data-quality.js';
import { dayNumber, inRange, weekdayEffects, type ImpactWindows } from './day-of-week.js';
import type { DailyValue } from './daily-series.js';
import { differenceInDifferences, type DifferenceInDifferencesResult } from './difference-in-differences.js';
import type { BeforeAfter, DailyMedian, MetricImpact, MetricInput, ResolvedImpactOptions } from './impact-types.js';
import { interruptedTimeSeries, type InterruptedTimeSeriesResult } from './interrupted-time-series.js';
import {
  dayLevelBootstrapDifference,
  dispersionCheck,
  type DailyCounts,
  type DispersionCheck,
} from './overdispersion.js';
import { twoProportionTest } from './two-proportion.js';
import { assertCounts } from './wilson.js';

export interface MetricContext {
  launchDate: string;
  windows: ImpactWindows;
  options: ResolvedImpactOptions;
  seed: number;
}

/** Rejects what no analysis should silently absorb: bad dates, duplicate days, impossible counts. */
export function validateMetric(metric: MetricInput): void {
  const check = (rows: ReadonlyArray<{ date: string }>, side: string) => {
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      try {
        dayNumber(row.date);
      } catch {
        throw new RangeError(`${metric.key}.${side}.${i}.date: not an ISO date (${row.date})`);
      }
      if (seen.has(row.date)) throw new RangeError(`${metric.key}.${side}.${i}.date: ${row.date} appears twice`);
      seen.add(row.date);
      if (metric.kind === 'proportion') {
        const r = row as DailyCounts;
        try {
          assertCounts(r.numerator, r.denominator);
        } catch (error) {
          throw new RangeError(`${metric.key}.${side}.${i}: ${(error as Error).message}`);
        }
      } else {
        const m = (row as unknown as DailyMedian).median;
        if (!Number.isFinite(m) || m < 0) throw new RangeError(`${metric.key}.${side}.${i}.median: must be ≥ 0`);
      }
    });
  };
  check(metric.days, 'days');
  if (metric.control) check(metric.control, 'control');
}

function dailyValues(metric: MetricInput, side: 'days' | 'control'): DailyValue[] {
  if (metric.kind === 'proportion') {
    return (metric[side] ?? [])
      .filter((d) => d.denominator > 0)
      .map((d) => ({ date: d.date, value: d.numerator / d.denominator }));
  }
  return (metric[side] ?? []).map((d) => ({ date: d.date, value: d.median }));
}

function volumes(metric: MetricInput): DayVolume[] {
  if (metric.kind === 'proportion') return metric.days.map((d) => ({ date: d.date, volume: d.denominator }));
  return metric.days.map((d) => ({ date: d.date, volume: d.count ?? null }));
}

function displayScale(metric: MetricInput): { unit: string; scale: number } {
  if (metric.kind === 'median') return { unit: metric.unit, scale: 1 };
  return metric.unit === 'per10k' ? { unit: 'per10k', scale: 10_000 } : { unit: 'points', scale: 100 };
}

function beforeAfterOf(
  metric: MetricInput,
  ctx: MetricContext,
): { result: BeforeAfter; dispersion: DispersionCheck | null } | string {
  const { pre, post } = ctx.windows;
  const bootstrap = { resamples: ctx.options.resamples, seed: ctx.seed, confidence: ctx.options.confidence };
  if (metric.kind === 'median') {
    const asValue = (d: DailyMedian) => ({ date: d.date, value: d.median });
    const before = metric.days.filter((d) => inRange(d.date, pre)).map(asValue);
    const after = metric.days.filter((d) => inRange(d.date, post)).map(asValue);
    const r = medianDifferenceBootstrap(before, after, bootstrap);
    return {
      result: { method: 'median_bootstrap', ...r, before: r.beforeMedian, after: r.afterMedian },
      dispersion: null,
    };
  }
  const before = metric.days.filter((d) => inRange(d.date, pre) && d.denominator > 0);
  const after = metric.days.filter((d) => inRange(d.date, post) && d.denominator > 0);
  const sum = (rows: DailyCounts[], field: 'numerator' | 'denominator') => rows.reduce((s, r) => s + r[field], 0);
  const pooledBefore = { numerator: sum(before, 'numerator'), denominator: sum(before, 'denominator') };
  const pooledAfter = { numerator: sum(after, 'numerator'), denominator: sum(after, 'denominator') };
  const events = pooledBefore.numerator + pooledAfter.numerator;
  const nonEvents = pooledBefore.denominator + pooledAfter.denominator - events;
  if (Math.min(events, nonEvents) < 10) {
    return `Too little data: ${Math.min(events, nonEvents)} ${events <= nonEvents ? 'events' : 'non-events'} across both windows; at least 10 are needed.`;
  }
  const dispersion = dispersionCheck([before, after], ctx.options.overdispersionAlpha);
  if (dispersion.overdispersed) {
    const r = dayLevelBootstrapDifference(before, after, bootstrap);
    return { result: { method: 'day_bootstrap', ...r }, dispersion };
  }
  const r = twoProportionTest(pooledBefore, pooledAfter, ctx.options.confidence);
  return { result: { method: 'two_proportion', ...r, estimate: r.difference }, dispersion };
}

function insufficient(metric: MetricInput, reason: string, warnings: DataWarning[], seed: number): MetricImpact {
  return {
    key: metric.key,
    label: metric.label,
    kind: metric.kind,
    ...displayScale(metric),
    method: null,
    observational: !metric.control,
    verdict: 'insufficient_data',
    before: null,
    after: null,
    estimate: null,
    lower: null,
    upper: null,
    relativeChange: null,
    pValue: null,
    adjustedPValue: null,
    significant: false,
    sentence: '',
    insufficientData: reason,
    warnings,
    beforeAfter: null,
    overdispersion: null,
    differenceInDifferences: null,
    interruptedTimeSeries: null,
    weekdayEffects: [],
    seed,
  };
}

/**
 * One metric of a launch: data-quality checks, the before/after test (two-proportion, or a day-level
 * bootstrap when days are overdispersed, or a bootstrap of medians), then DiD against the control
 * when there is one, otherwise an interrupted time series beside it. Adjusted p-values and the
 * sentence are filled in by the caller, once every metric of the launch is known.
 */
export function analyseMetric(metric: MetricInput, ctx: MetricContext): MetricImpact {
  const { windows, launchDate, options } = ctx;
  const quality = checkDataQuality(volumes(metric), windows, launchDate, {
    otherLaunchDates: options.otherLaunchDates,
    ...(options.minDaysPerWindow !== null ? { minDaysPerWindow: options.minDaysPerWindow } : {}),
  });
  const warnings = [...quality.warnings];
  if (quality.insufficientData) return insufficient(metric, quality.insufficientData, warnings, ctx.seed);
  const beforeAfter = beforeAfterOf(metric, ctx);
  if (typeof beforeAfter === 'string') return insufficient(metric, beforeAfter, warnings, ctx.seed);
  const values = dailyValues(metric, 'days');
  let did: DifferenceInDifferencesResult | null = null;
  let its: InterruptedTimeSeriesResult | null = null;
  if (metric.control) {
    const controlVolumes: DayVolume[] =
      metric.kind === 'proportion'
        ? metric.control.map((d) => ({ date: d.date, volume: d.denominator }))
        : metric.control.map((d) => ({ date: d.date, volume: d.count ?? null }));
    const controlQuality = checkDataQuality(controlVolumes, windows, launchDate);
    for (const w of controlQuality.warnings) {
      if (w.code !== 'window_shortened') warnings.push({ ...w, message: `Control: ${w.message}` });
    }
    try {
      did = differenceInDifferences(values, dailyValues(metric, 'control'), launchDate, windows, options.confidence);
      if (!did.parallelTrends.parallel) {
        warnings.push({
          code: 'non_parallel_trends',
          message: `Treated and control were already drifting apart before launch (p = ${did.parallelTrends.pValue.toPrecision(2)}); the difference-in-differences estimate may carry that drift.`,
        });
      }
    } catch (error) {
      warnings.push({
        code: 'control_unusable',
        message: `The control could not be used: ${(error as Error).message}`,
      });
    }
  }
  if (!did) {
    try {
      its = interruptedTimeSeries(values, launchDate, windows, options.confidence);
    } catch {
      its = null;
    }
    if (its && its.preTrend.pValue < 1 - options.confidence && options.withoutControl === 'before_after') {
      warnings.push({
        code: 'pre_launch_trend',
        message:
          'The metric was already trending before launch; part of the before/after change may be that trend (see the interrupted time series).',
      });
    }
  }
  const { unit, scale } = displayScale(metric);
  const ba = beforeAfter.result;
  let headline: {
    method: MetricImpact['method'];
    estimate: number;
    lower: number;
    upper: number;
    p: number;
    rel: number | null;
  } = {
    method: ba.method,
    estimate: ba.estimate,
    lower: ba.lower,
    upper: ba.upper,
    p: ba.pValue,
    rel: ba.relativeChange,
  };
  if (did) {
    headline = {
      method: 'difference_in_differences',
      estimate: did.estimate,
      lower: did.lower,
      upper: did.upper,
      p: did.pValue,
      rel: did.relativeChange,
    };
  } else if (its && options.withoutControl === 'interrupted_time_series') {
    const level = its.levelChange;
    headline = {
      method: 'interrupted_time_series',
      estimate: level.estimate,
      lower: level.lower,
      upper: level.upper,
      p: level.pValue,
      rel: its.relativeLevelChange,
    };
  }
  const inWindows = values.filter((v) => inRange(v.date, windows.pre) || inRange(v.date, windows.post));
  return {
    key: metric.key,
    label: metric.label,
    kind: metric.kind,
    unit,
    scale,
    method: headline.method,
    observational: !did,
    verdict: 'no_significant_change',
    before: ba.before * scale,
    after: ba.after * scale,
    estimate: headline.estimate * scale,
    lower: headline.lower * scale,
    upper: headline.upper * scale,
    relativeChange: headline.rel,
    pValue: headline.p,
    adjustedPValue: null,
    significant: false,
    sentence: '',
    insufficientData: null,
    warnings,
    beforeAfter: ba,
    overdispersion: beforeAfter.dispersion,
    differenceInDifferences: did,
    interruptedTimeSeries: its,
    weekdayEffects: weekdayEffects(inWindows),
    seed: ctx.seed,
  };
}
