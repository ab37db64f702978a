import { benjaminiHochberg } from './benjamini-hochberg.js';
import { DEFAULT_RESAMPLES } from './bootstrap.js';
import {
  DEFAULT_RAMP_UP_DAYS,
  DEFAULT_WINDOW_DAYS,
  dayNumber,
  impactWindows,
  inRange,
  type ImpactWindows,
} from './day-of-week.js';
import { analyseMetric, validateMetric } from './impact-metric.js';
import { impactSentence } from './impact-sentence.js';
import type {
  ImpactAnalysisInput,
  ImpactAnalysisResult,
  MetricInput,
  MetricImpact,
  ResolvedImpactOptions,
} from './impact-types.js';
import { deriveSeed } from './random.js';

export * from './impact-types.js';

/** Stored with every analysis; bump it when a method or default changes. */
export const IMPACT_METHOD_VERSION = 'policyops-impact/1';

export function resolveImpactOptions(input: ImpactAnalysisInput): ResolvedImpactOptions {
  const o = input.options ?? {};
  const resolved: ResolvedImpactOptions = {
    windowDays: o.windowDays ?? DEFAULT_WINDOW_DAYS,
    rampUpDays: o.rampUpDays ?? DEFAULT_RAMP_UP_DAYS,
    confidence: o.confidence ?? 0.95,
    falseDiscoveryRate: o.falseDiscoveryRate ?? 0.05,
    resamples: o.resamples ?? DEFAULT_RESAMPLES,
    seed: o.seed ?? 1,
    overdispersionAlpha: o.overdispersionAlpha ?? 0.05,
    minDaysPerWindow: o.minDaysPerWindow ?? null,
    otherLaunchDates: o.otherLaunchDates ?? [],
    controlLabel: o.controlLabel ?? null,
    withoutControl: o.withoutControl ?? 'before_after',
  };
  if (!(resolved.confidence > 0.5 && resolved.confidence < 1))
    throw new RangeError('options.confidence: between 0.5 and 1');
  if (!(resolved.falseDiscoveryRate > 0 && resolved.falseDiscoveryRate < 1)) {
    throw new RangeError('options.falseDiscoveryRate: between 0 and 1');
  }
  if (!Number.isInteger(resolved.seed) || resolved.seed < 0)
    throw new RangeError('options.seed: a non-negative integer');
  return resolved;
}

function restrict(metric: MetricInput, windows: ImpactWindows): MetricInput {
  const keep = (date: string) => inRange(date, windows.pre) || inRange(date, windows.post);
  if (metric.kind === 'proportion') {
    return {
      ...metric,
      days: metric.days.filter((d) => keep(d.date)),
      ...(metric.control ? { control: metric.control.filter((d) => keep(d.date)) } : {}),
    };
  }
  return {
    ...metric,
    days: metric.days.filter((d) => keep(d.date)),
    ...(metric.control ? { control: metric.control.filter((d) => keep(d.date)) } : {}),
  };
}

function withVerdict(impact: MetricImpact, adjusted: number, significant: boolean): MetricImpact {
  const verdict = !significant ? 'no_significant_change' : impact.estimate! < 0 ? 'decrease' : 'increase';
  return { ...impact, adjustedPValue: adjusted, significant, verdict };
}

/**
 * The impact analysis of one version launch: for every metric, the change between the pre and post
 * windows with its interval and p-value (method chosen per metric, see analyseMetric), the
 * Benjamini–Hochberg adjustment across the launch's metrics, data-quality warnings and a sentence.
 *
 * Pure and deterministic: the same input (including options.seed) gives the same result, and the
 * result carries the resolved options, the method version and the input restricted to the windows,
 * so it can be stored and re-run. Throws RangeError naming the field for malformed input (bad
 * dates, duplicate days, negative counts, a numerator above its denominator, bad options).
 */
export function analyseImpact(input: ImpactAnalysisInput): ImpactAnalysisResult {
  dayNumber(input.launchDate);
  const options = resolveImpactOptions(input);
  const keys = new Set<string>();
  for (const metric of input.metrics) {
    if (keys.has(metric.key)) throw new RangeError(`metrics: key ${metric.key} appears twice`);
    keys.add(metric.key);
    validateMetric(metric);
  }
  const windows = impactWindows(input.launchDate, options);
  const restricted = input.metrics.map((m) => restrict(m, windows));
  const analysed = restricted.map((metric) =>
    analyseMetric(metric, {
      launchDate: input.launchDate,
      windows,
      options,
      seed: deriveSeed(options.seed, metric.key),
    }),
  );
  const adjusted = benjaminiHochberg(
    analysed.map((m) => m.pValue ?? Number.NaN),
    options.falseDiscoveryRate,
  );
  const metrics = analysed.map((impact, i) => {
    const withAdjustment =
      impact.pValue === null ? impact : withVerdict(impact, adjusted[i]!.adjusted, adjusted[i]!.significant);
    return { ...withAdjustment, sentence: impactSentence(withAdjustment, options.confidence, options.controlLabel) };
  });
  return {
    methodVersion: IMPACT_METHOD_VERSION,
    launchDate: input.launchDate,
    windows,
    options,
    metrics,
    input: {
      launchDate: input.launchDate,
      metrics: restricted,
      options: {
        ...options,
        minDaysPerWindow: options.minDaysPerWindow ?? undefined,
        controlLabel: options.controlLabel ?? undefined,
      },
    },
  };
}
