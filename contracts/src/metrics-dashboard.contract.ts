import { z } from 'zod';
import { IdSchema } from './common.contract.js';
import { DetectionMethodSchema, MetricKeySchema } from './metrics.contract.js';
import { METRIC_GRAINS } from './metrics-vocabulary.js';
import { IsoDateSchema } from './policies.contract.js';

/**
 * Dashboards over the daily metric rows: a policy's time series with its version launches, its
 * breakdown by market, surface or detection method, its headline figures against the previous period,
 * and the library-wide heat map. Every figure has the same shape (MetricFigure) so a chart, a table and
 * a CSV download read it alike. A restricted policy's metrics answer 404 to whoever may not see the policy,
 * and the heat map leaves it out.
 */

export const MetricGrainSchema = z.enum(METRIC_GRAINS).describe('day, week (ISO, Monday first) or month');

/**
 * One figure. Rates: value in the display unit (percent, or per 10k for prevalence) with the Wilson 95%
 * interval and the counts behind it. Times: the actioned-weighted mean of daily medians (or p90s) in
 * hours, denominator = the actioned items weighing it, no interval. Volumes: the sum, no interval.
 */
export const MetricFigureSchema = z.object({
  value: z.number().nullable().describe('The figure in its display unit; null when there is no denominator or no data'),
  lower: z.number().nullable().describe('Lower end of the Wilson 95% interval (rates only)'),
  upper: z.number().nullable().describe('Upper end of the Wilson 95% interval (rates only)'),
  numerator: z.number().nullable().describe('Rates: the items counted in the numerator'),
  denominator: z
    .number()
    .nullable()
    .describe('Rates: the denominator; times: the actioned items weighing the mean; volumes: null'),
});
export type MetricFigure = z.infer<typeof MetricFigureSchema>;

/** Filters shared by every policy dashboard query; absent filters mean "all". */
export const MetricFilterQuerySchema = z.object({
  from: IsoDateSchema.optional().describe('First day (default: 180 days before the latest day with data)'),
  to: IsoDateSchema.optional().describe('Last day (default: the latest day with data)'),
  market: z
    .string()
    .trim()
    .min(2)
    .max(12)
    .optional()
    .describe('Market code; a region or Global includes its countries'),
  surface: IdSchema.optional().describe('Surface id'),
  detection: DetectionMethodSchema.optional(),
});
export type MetricFilterQuery = z.infer<typeof MetricFilterQuerySchema>;

export const PolicyMetricsParamsSchema = z.object({
  policyId: z.string().min(1).max(120).describe('Policy id or slug'),
});

export const MetricPolicyRefSchema = z.object({
  id: IdSchema,
  slug: z.string().describe('Policy slug'),
  title: z.string().describe('Policy title'),
  restricted: z.boolean().describe('Whether the policy is need-to-know'),
});

/** A version taking effect in a market: a marker on the time series. */
export const MetricLaunchSchema = z.object({
  versionId: IdSchema,
  label: z.string().describe('Version label, e.g. 2.0'),
  effectiveDate: IsoDateSchema.describe('First day in force in these markets'),
  markets: z
    .array(z.string().describe('Market code'))
    .describe('Markets where the version took effect on this date (all: Global and every market inheriting it)'),
});
export type MetricLaunch = z.infer<typeof MetricLaunchSchema>;

export const MetricSeriesQuerySchema = MetricFilterQuerySchema.extend({
  metric: MetricKeySchema.default('overturn_rate'),
  grain: MetricGrainSchema.default('week'),
});
export type MetricSeriesQuery = z.infer<typeof MetricSeriesQuerySchema>;

export const MetricSeriesPointSchema = MetricFigureSchema.extend({
  period: IsoDateSchema.describe('First day of the period (a day, the Monday of a week, the 1st of a month)'),
});
export type MetricSeriesPoint = z.infer<typeof MetricSeriesPointSchema>;

export const MetricSeriesSchema = z.object({
  policy: MetricPolicyRefSchema,
  metric: MetricKeySchema,
  grain: MetricGrainSchema,
  from: IsoDateSchema.describe('First day covered'),
  to: IsoDateSchema.describe('Last day covered'),
  points: z.array(MetricSeriesPointSchema).describe('One point per period with data, oldest first'),
  launches: z.array(MetricLaunchSchema).describe('Version launches within the range, oldest first'),
});
export type MetricSeries = z.infer<typeof MetricSeriesSchema>;

export const METRIC_BREAKDOWN_DIMENSIONS = ['market', 'surface', 'detection', 'version'] as const;
export const MetricBreakdownQuerySchema = MetricFilterQuerySchema.extend({
  metric: MetricKeySchema.default('overturn_rate'),
  by: z.enum(METRIC_BREAKDOWN_DIMENSIONS).default('market').describe('Dimension to break the figure down by'),
});
export type MetricBreakdownQuery = z.infer<typeof MetricBreakdownQuerySchema>;

/** The period before `from`, of the same length: what "period over period" compares with. */
export const MetricPeriodSchema = z.object({
  from: IsoDateSchema.describe('First day'),
  to: IsoDateSchema.describe('Last day'),
});

export const MetricComparisonSchema = z.object({
  current: MetricFigureSchema.describe('This period'),
  previous: MetricFigureSchema.describe('The previous period of the same length'),
  change: z
    .number()
    .nullable()
    .describe('current - previous in the display unit (points for rates); null when either is missing'),
  relativeChange: z.number().nullable().describe('change / previous; null when previous is 0 or missing'),
});
export type MetricComparison = z.infer<typeof MetricComparisonSchema>;

export const MetricBreakdownSchema = z.object({
  policy: MetricPolicyRefSchema,
  metric: MetricKeySchema,
  by: z.enum(METRIC_BREAKDOWN_DIMENSIONS),
  period: MetricPeriodSchema,
  previousPeriod: MetricPeriodSchema,
  rows: z
    .array(
      MetricComparisonSchema.extend({
        key: z.string().describe('Market code, surface id, detection method or version id'),
        label: z.string().describe('Market name, surface name, detection label or version label'),
      }),
    )
    .describe('One row per market, surface, detection method or version in force with data, largest denominator first'),
});
export type MetricBreakdown = z.infer<typeof MetricBreakdownSchema>;

/** The headline figures of a policy for a period, each against the previous period. */
export const MetricSummarySchema = z.object({
  policy: MetricPolicyRefSchema,
  period: MetricPeriodSchema,
  previousPeriod: MetricPeriodSchema,
  figures: z
    .array(MetricComparisonSchema.extend({ metric: MetricKeySchema }))
    .describe('Every figure of METRIC_DEFINITIONS, in its order'),
  coverage: z
    .object({
      firstDay: IsoDateSchema.nullable().describe('Earliest day with data for the policy (any filter)'),
      lastDay: IsoDateSchema.nullable().describe('Latest day with data for the policy'),
    })
    .describe('The days with data, for the date pickers'),
});
export type MetricSummary = z.infer<typeof MetricSummarySchema>;

/**
 * The library-wide heat map: policies x figures, each cell the change between the 28 days before the
 * policy's latest launch with data on both sides and the days since (up to 28), coloured in the UI by
 * whether the change is good or bad news (METRIC_DEFINITIONS[...].higherIsBetter).
 */
export const MetricHeatMapQuerySchema = z.object({
  metrics: z
    .string()
    .max(400)
    .optional()
    .describe('Comma-separated figures to show (default: the five rates and median time to action)'),
});

export const MetricHeatMapCellSchema = MetricComparisonSchema.extend({ metric: MetricKeySchema });

export const MetricHeatMapRowSchema = z.object({
  policy: MetricPolicyRefSchema,
  launch: z
    .object({
      versionId: IdSchema,
      label: z.string().describe('Version label'),
      effectiveDate: IsoDateSchema.describe('Its (Global) effective date'),
    })
    .nullable()
    .describe('The launch compared around; null when no launch has data on both sides'),
  before: MetricPeriodSchema.nullable().describe('The days before the launch'),
  after: MetricPeriodSchema.nullable().describe('The days since the launch'),
  cells: z.array(MetricHeatMapCellSchema).describe('One cell per figure asked for, in the order asked'),
});

export const MetricHeatMapSchema = z.object({
  metrics: z.array(MetricKeySchema).describe('The columns'),
  rows: z.array(MetricHeatMapRowSchema).describe('Every visible policy with metric data, by title'),
});
export type MetricHeatMap = z.infer<typeof MetricHeatMapSchema>;
