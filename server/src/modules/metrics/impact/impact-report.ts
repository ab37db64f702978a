import type { ImpactControl, ImpactDesign, ImpactMetricResult, ImpactWarning, MetricKey } from '@policyops/contracts';
import type { ImpactAnalysisResult, MetricImpact } from '../statistics/index.js';

/** One figure of the statistics result as the reply gives it (parallel trends scaled to display units). */
export function metricResultOf(m: MetricImpact): ImpactMetricResult {
  const trends = m.differenceInDifferences?.parallelTrends ?? null;
  return {
    key: m.key as MetricKey,
    label: m.label,
    kind: m.kind,
    unit: m.unit,
    method: m.method,
    observational: m.observational,
    verdict: m.verdict,
    before: m.before,
    after: m.after,
    estimate: m.estimate,
    lower: m.lower,
    upper: m.upper,
    relativeChange: m.relativeChange,
    pValue: m.pValue,
    adjustedPValue: m.adjustedPValue,
    significant: m.significant,
    sentence: m.sentence,
    insufficientData: m.insufficientData,
    parallelTrends: trends
      ? {
          slopePerDay: trends.slopePerDay * m.scale,
          lower: trends.lower * m.scale,
          upper: trends.upper * m.scale,
          pValue: trends.pValue,
          parallel: trends.parallel,
        }
      : null,
  };
}

/**
 * The figures of a result, as stored and as re-run: JSON-normalised (non-finite numbers become null
 * exactly as they do when stored), so a stored analysis and its re-run compare as text.
 */
export function comparableMetrics(result: ImpactAnalysisResult): ImpactMetricResult[] {
  return JSON.parse(JSON.stringify(result.metrics.map(metricResultOf))) as ImpactMetricResult[];
}

/** The same warning raised by several figures is shown once, naming them. */
export function mergedWarnings(result: ImpactAnalysisResult): ImpactWarning[] {
  const byText = new Map<string, ImpactWarning>();
  for (const metric of result.metrics) {
    for (const w of metric.warnings) {
      const key = `${w.code}|${w.message}`;
      const seen = byText.get(key);
      if (seen) seen.metrics.push(metric.key);
      else
        byText.set(key, {
          code: w.code,
          message: w.message,
          ...(w.dates ? { dates: w.dates } : {}),
          metrics: [metric.key],
        });
    }
  }
  return [...byText.values()];
}

/** The design the figures actually took: DiD when any figure used the control. */
export function designOf(result: ImpactAnalysisResult): ImpactDesign {
  if (result.metrics.some((m) => m.method === 'difference_in_differences')) return 'difference_in_differences';
  return result.options.withoutControl === 'interrupted_time_series' ? 'interrupted_time_series' : 'before_after';
}

export function designExplanation(
  design: ImpactDesign,
  control: ImpactControl | null,
  noControlReason: string,
): string {
  if (design === 'difference_in_differences') {
    return `Difference-in-differences: the change in the treated figures minus the change over the same days in ${control?.label ?? 'the control'}, which takes out what moved everywhere at once (seasonality, platform-wide changes). It assumes both would have moved in parallel without the launch; the parallel-trends check tests that on the days before launch.`;
  }
  const why = control ? 'The control could not be used for any figure. ' : `${noControlReason} `;
  if (design === 'interrupted_time_series') {
    return `${why}Interrupted time series (observational): each figure's level after the ramp-up is compared with what its own pre-launch trend and weekday pattern predict. Anything else that changed at launch would be read as the version's effect.`;
  }
  return `${why}Before/after comparison (observational): the post window against the pre window, with no allowance for trends or concurrent changes.`;
}
