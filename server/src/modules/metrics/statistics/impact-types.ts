import type { DispersionCheck, DailyCounts } from './overdispersion.js';
import type { DataWarning } from './data-quality.js';
import type { ImpactWindows, WeekdayEffect } from './day-of-week.js';
import type { DifferenceInDifferencesResult } from './difference-in-differences.js';
import type { InterruptedTimeSeriesResult } from './interrupted-time-series.js';

export type { DailyCounts } from './overdispersion.js';

/** One day of a time metric: that day's median (e.g. hours to action) and the items behind it. */
export interface DailyMedian {
  date: string;
  median: number;
  count?: number;
}

/** A rate: numerator and denominator per day; shown in percentage points or per 10k. */
export interface ProportionMetricInput {
  kind: 'proportion';
  key: string;
  label: string;
  /** 'points' (percentage points, default) or 'per10k' (e.g. prevalence per 10 000 views). */
  unit?: 'points' | 'per10k';
  days: DailyCounts[];
  /** The same metric where the version did not apply (markets or surfaces), for DiD. */
  control?: DailyCounts[];
}

/** A time metric given as one median per day. */
export interface MedianMetricInput {
  kind: 'median';
  key: string;
  label: string;
  /** Unit of the medians, e.g. 'hours'. */
  unit: string;
  days: DailyMedian[];
  control?: DailyMedian[];
}

export type MetricInput = ProportionMetricInput | MedianMetricInput;

export interface ImpactAnalysisOptions {
  /** Days per window, rounded down to whole weeks. Default 28. */
  windowDays?: number;
  /** Days after launch left out. Default 7. */
  rampUpDays?: number;
  /** Interval level. Default 0.95. */
  confidence?: number;
  /** Benjamini–Hochberg false discovery rate across the launch's metrics. Default 0.05. */
  falseDiscoveryRate?: number;
  /** Bootstrap resamples. Default 2000. */
  resamples?: number;
  /** Seed of every random choice; the same input and seed give the same result. Default 1. */
  seed?: number;
  /** Days are overdispersed when the dispersion test's p-value is below this. Default 0.05. */
  overdispersionAlpha?: number;
  /** Fewest days with data per window for a verdict. Default 75% of the window. */
  minDaysPerWindow?: number;
  /** Other launch dates of the same policy, to warn about overlapping windows. */
  otherLaunchDates?: string[];
  /** How the control was chosen, for the sentence ("markets where v3 did not apply"). */
  controlLabel?: string;
  /** Headline without a control: the before/after test (default) or the interrupted time series. */
  withoutControl?: 'before_after' | 'interrupted_time_series';
}

export type ResolvedImpactOptions = Required<Omit<ImpactAnalysisOptions, 'minDaysPerWindow' | 'controlLabel'>> & {
  minDaysPerWindow: number | null;
  controlLabel: string | null;
};

export interface ImpactAnalysisInput {
  /** First day the version is in force (YYYY-MM-DD). */
  launchDate: string;
  metrics: MetricInput[];
  options?: ImpactAnalysisOptions;
}

export type ImpactMethod =
  'two_proportion' | 'day_bootstrap' | 'median_bootstrap' | 'difference_in_differences' | 'interrupted_time_series';

export type ImpactVerdict = 'increase' | 'decrease' | 'no_significant_change' | 'insufficient_data';

/** The before/after comparison of one metric, whichever test it took. */
export interface BeforeAfter {
  method: 'two_proportion' | 'day_bootstrap' | 'median_bootstrap';
  before: number;
  after: number;
  estimate: number;
  lower: number;
  upper: number;
  pValue: number;
  relativeChange: number | null;
  relativeLower: number | null;
  relativeUpper: number | null;
}

export interface MetricImpact {
  key: string;
  label: string;
  kind: MetricInput['kind'];
  /** Display unit of before, after, estimate and interval: 'points', 'per10k' or the median's unit. */
  unit: string;
  /** Multiplier from the raw scale (proportion, or median unit) to the display unit. */
  scale: number;
  method: ImpactMethod | null;
  /** True without a control: the change is read against the metric's own past. */
  observational: boolean;
  verdict: ImpactVerdict;
  before: number | null;
  after: number | null;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  relativeChange: number | null;
  pValue: number | null;
  adjustedPValue: number | null;
  significant: boolean;
  sentence: string;
  insufficientData: string | null;
  warnings: DataWarning[];
  beforeAfter: BeforeAfter | null;
  overdispersion: DispersionCheck | null;
  differenceInDifferences: DifferenceInDifferencesResult | null;
  interruptedTimeSeries: InterruptedTimeSeriesResult | null;
  weekdayEffects: WeekdayEffect[];
  /** The seed this metric's resampling used (derived from the analysis seed and the key). */
  seed: number;
}

export interface ImpactAnalysisResult {
  /** Bumped whenever a method changes, so a stored analysis says which code produced it. */
  methodVersion: string;
  launchDate: string;
  windows: ImpactWindows;
  options: ResolvedImpactOptions;
  metrics: MetricImpact[];
  /** The input restricted to the windows' days: enough to run the analysis again. */
  input: ImpactAnalysisInput;
}
