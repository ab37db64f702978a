import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { MetricKeySchema } from './metrics.contract.js';

/**
 * Impact analysis of a version launch: did the figures move when a policy version took effect? The
 * reply names its design (difference-in-differences against a control where the version did not
 * apply, else an interrupted time series read as observational), its windows, its warnings, each
 * figure's estimate with interval, p-value and Benjamini–Hochberg adjusted p-value, and the daily
 * series behind it. Stored analyses keep their inputs, so they can be re-run and shown to reproduce.
 */

export const IMPACT_DESIGNS = ['difference_in_differences', 'interrupted_time_series', 'before_after'] as const;
export const ImpactDesignSchema = z
  .enum(IMPACT_DESIGNS)
  .describe(
    'difference_in_differences (against a control), interrupted_time_series (observational) or before_after (observational)',
  );
export type ImpactDesign = z.infer<typeof ImpactDesignSchema>;

export const ImpactDesignChoiceSchema = z
  .enum(['auto', ...IMPACT_DESIGNS])
  .describe('auto: difference-in-differences when a control exists, otherwise interrupted time series');
export type ImpactDesignChoice = z.infer<typeof ImpactDesignChoiceSchema>;

const PolicyRefSchema = z.string().trim().min(1).max(120).describe('Policy id or slug');

export const PolicyLaunchesParamsSchema = z.object({ policyId: PolicyRefSchema });
export const VersionImpactParamsSchema = z.object({
  policyId: PolicyRefSchema,
  versionId: IdSchema.describe('The published version whose launch is analysed'),
});
export const ImpactAnalysisIdParamsSchema = z.object({
  analysisId: IdSchema.describe('A stored impact analysis'),
});

export const ImpactQuerySchema = z.object({
  market: z
    .string()
    .trim()
    .min(2)
    .max(12)
    .optional()
    .describe('Market code to analyse; default: the markets where the version took effect on its Global date'),
  surface: z.string().trim().min(1).max(80).optional().describe('Surface name or id to restrict to; default all'),
  windowDays: z.coerce
    .number()
    .int()
    .min(7)
    .max(182)
    .default(28)
    .describe('Days in each of the pre and post windows (rounded down to whole weeks), 7 to 182'),
  rampUpDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(90)
    .default(7)
    .describe('Days after launch left out while the version beds in, 0 to 90'),
  design: ImpactDesignChoiceSchema.default('auto'),
});
export type ImpactQuery = z.infer<typeof ImpactQuerySchema>;
export const ImpactAnalysisCreateSchema = ImpactQuerySchema;

const DayRangeSchema = z.object({
  start: z.string().describe('First day (YYYY-MM-DD)'),
  end: z.string().describe('Last day, inclusive'),
  days: z.number().int().describe('Days in the range'),
});

export const ImpactWindowsSchema = z.object({
  pre: DayRangeSchema.describe('The days before launch compared against'),
  rampUp: DayRangeSchema.nullable().describe('Days after launch left out; null without a ramp-up'),
  post: DayRangeSchema.describe('The days after the ramp-up'),
  windowDays: z.number().int().describe('Window length used (whole weeks)'),
  rampUpDays: z.number().int().describe('Ramp-up days used'),
  requestedWindowDays: z.number().int().describe('Window length asked for'),
});

export const ImpactWarningSchema = z.object({
  code: z
    .string()
    .describe(
      'missing_days, volume_outlier, volume_break, overlapping_launch, window_shortened, non_parallel_trends, pre_launch_trend or control_unusable',
    ),
  message: z.string().describe('The warning in plain words'),
  dates: z.array(z.string()).optional().describe('Days concerned, when it is about particular days'),
  metrics: z.array(z.string()).describe('Keys of the figures it concerns'),
});
export type ImpactWarning = z.infer<typeof ImpactWarningSchema>;

export const ParallelTrendsSchema = z.object({
  slopePerDay: z.number().describe('Pre-launch slope per day of treated minus control, in display units'),
  lower: z.number().describe('Lower end of its 95% interval'),
  upper: z.number().describe('Upper end of its 95% interval'),
  pValue: z.number().describe('p-value against parallel trends'),
  parallel: z.boolean().describe('No evidence at the 5% level that the trends differed before launch'),
});

export const ImpactMetricResultSchema = z.object({
  key: MetricKeySchema,
  label: z.string().describe('Figure name, e.g. Overturn rate'),
  kind: z.enum(['proportion', 'median']).describe('A rate (counts per day) or a time (daily medians)'),
  unit: z.string().describe('Display unit: points (percentage points), per10k, or hours'),
  method: z
    .enum([
      'two_proportion',
      'day_bootstrap',
      'median_bootstrap',
      'difference_in_differences',
      'interrupted_time_series',
    ])
    .nullable()
    .describe('Test behind the headline estimate; null without a verdict'),
  observational: z.boolean().describe('True when read against its own past, without a control'),
  verdict: z.enum(['increase', 'decrease', 'no_significant_change', 'insufficient_data']).describe('What changed'),
  before: z.number().nullable().describe('Level in the pre window, display units'),
  after: z.number().nullable().describe('Level in the post window, display units'),
  estimate: z.number().nullable().describe('Estimated effect, display units'),
  lower: z.number().nullable().describe('Lower end of the 95% interval'),
  upper: z.number().nullable().describe('Upper end of the 95% interval'),
  relativeChange: z.number().nullable().describe('Effect relative to the level without it (0.1 = +10%)'),
  pValue: z.number().nullable().describe('Unadjusted p-value'),
  adjustedPValue: z.number().nullable().describe('Benjamini–Hochberg adjusted p-value across this launch’s figures'),
  significant: z.boolean().describe('Significant after the correction'),
  sentence: z.string().describe('The result in plain words'),
  insufficientData: z.string().nullable().describe('Why there is no verdict; null when there is one'),
  parallelTrends: ParallelTrendsSchema.nullable().describe('Pre-launch trend check of the control; null without one'),
});
export type ImpactMetricResult = z.infer<typeof ImpactMetricResultSchema>;

export const ImpactSeriesSchema = z.object({
  key: MetricKeySchema,
  unit: z.string().describe('Display unit of the values'),
  points: z
    .array(
      z.object({
        date: z.string().describe('Day (YYYY-MM-DD)'),
        treated: z.number().nullable().describe('Treated value that day; null without data'),
        control: z.number().nullable().describe('Control value that day; null without a control or data'),
      }),
    )
    .describe('Every day from the start of the pre window to the end of the post window'),
});
export type ImpactSeries = z.infer<typeof ImpactSeriesSchema>;

const MarketRefSchema = z.object({ id: IdSchema, code: z.string().describe('Market code, e.g. DE') });

export const ImpactControlSchema = z.object({
  rule: z
    .enum(['markets_not_in_force', 'grid_not_applying'])
    .describe(
      'markets_not_in_force: markets where the version was not in force in any window; grid_not_applying: cells where the applicability grid says the policy does not apply or differs',
    ),
  label: z.string().describe('The control in words, e.g. DE (version not yet in force)'),
  markets: z.array(MarketRefSchema).describe('Markets of the control'),
  cells: z
    .array(z.object({ market: z.string().describe('Market code'), surface: z.string().describe('Surface name') }))
    .describe('Surface x market cells of a grid control; empty for a market control'),
});
export type ImpactControl = z.infer<typeof ImpactControlSchema>;

export const ImpactReportSchema = z.object({
  policy: z.object({ id: IdSchema, slug: z.string(), title: z.string() }).describe('The policy'),
  version: z.object({ id: IdSchema, label: z.string() }).describe('The version launched'),
  launchDate: z.string().describe('First day the version was in force in the treated markets'),
  design: ImpactDesignSchema,
  requestedDesign: ImpactDesignChoiceSchema,
  observational: z.boolean().describe('True without a control: a concurrent change would be read as the effect'),
  designExplanation: z.string().describe('Why this design, in plain words'),
  treated: z
    .object({
      markets: z.array(MarketRefSchema).describe('Markets analysed'),
      surface: z.string().nullable().describe('Surface analysed; null for all'),
    })
    .describe('What the version applied to'),
  control: ImpactControlSchema.nullable().describe('The comparison where the version did not apply; null without'),
  windows: ImpactWindowsSchema,
  otherLaunchDates: z.array(z.string()).describe('Other launches of this policy checked for overlap'),
  warnings: z.array(ImpactWarningSchema).describe('Data-quality warnings across the figures'),
  metrics: z.array(ImpactMetricResultSchema).describe('One result per rate or time figure'),
  series: z.array(ImpactSeriesSchema).describe('Daily treated and control values for the charts'),
  methodVersion: z.string().describe('Which code produced the numbers'),
  seed: z.number().int().describe('Seed of the resampling; the same data and seed give the same result'),
  options: ImpactQuerySchema.extend({
    windowDays: z.number().int().describe('Window days asked for'),
    rampUpDays: z.number().int().describe('Ramp-up days asked for'),
  }).describe('The options the analysis ran with'),
  abilities: z.object({ save: z.boolean().describe('May store this analysis') }).describe('What the reader may do'),
});
export type ImpactReport = z.infer<typeof ImpactReportSchema>;

export const ImpactAnalysisSummarySchema = z.object({
  id: IdSchema,
  policyId: IdSchema,
  versionId: IdSchema,
  launchDate: z.string().describe('Launch date analysed'),
  design: ImpactDesignSchema,
  methodVersion: z.string().describe('Method version that produced it'),
  options: ImpactReportSchema.shape.options,
  significant: z.number().int().describe('Figures with a significant change after correction'),
  metrics: z.number().int().describe('Figures analysed'),
  createdAt: z.string().describe('When it was saved'),
  createdBy: z
    .object({ id: IdSchema, name: z.string() })
    .nullable()
    .describe('Who saved it; null when the account is gone'),
  abilities: z.object({ delete: z.boolean().describe('May delete it') }),
});
export type ImpactAnalysisSummary = z.infer<typeof ImpactAnalysisSummarySchema>;

export const ImpactAnalysisListSchema = z.object({
  items: z.array(ImpactAnalysisSummarySchema).describe('Stored analyses of this version, newest first'),
});
export type ImpactAnalysisList = z.infer<typeof ImpactAnalysisListSchema>;

export const ImpactAnalysisSchema = ImpactAnalysisSummarySchema.extend({
  report: ImpactReportSchema.describe('The analysis as it was when saved'),
  reproduction: z
    .object({
      reproduced: z.boolean().describe('Re-running the stored input gives the same figures'),
      currentMethodVersion: z.string().describe('The method version running now'),
      sameMethodVersion: z.boolean().describe('The stored method version is the one running now'),
    })
    .describe('The stored input re-analysed now'),
});
export type ImpactAnalysis = z.infer<typeof ImpactAnalysisSchema>;

export const PolicyLaunchSchema = z.object({
  versionId: IdSchema,
  label: z.string().describe('Version label'),
  launchDate: z.string().nullable().describe('The version’s Global effective date'),
  markets: z
    .array(z.object({ id: IdSchema, code: z.string(), effectiveDate: z.string().describe('First day in force there') }))
    .describe('Where it took effect and when'),
  coverage: z
    .object({
      preDays: z.number().int().describe('Days with data in the default pre window (28 days)'),
      postDays: z.number().int().describe('Days with data in the default post window (after a 7-day ramp-up)'),
      windowDays: z.number().int().describe('Days in each default window'),
      covered: z.boolean().describe('Both windows have data on at least three quarters of their days'),
    })
    .describe('Whether metric data covers the default windows around the Global date'),
  analyses: z.number().int().describe('Stored analyses of this launch'),
});
export type PolicyLaunch = z.infer<typeof PolicyLaunchSchema>;

export const PolicyLaunchListSchema = z.object({
  policy: z.object({ id: IdSchema, slug: z.string(), title: z.string() }).describe('The policy'),
  items: z.array(PolicyLaunchSchema).describe('Published versions, oldest first'),
});
export type PolicyLaunchList = z.infer<typeof PolicyLaunchListSchema>;
