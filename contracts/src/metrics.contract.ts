import { z } from 'zod';
import { IsoDateSchema } from './policies.contract.js';

/**
 * The metric model: one row per policy x market x surface x detection method x day, with the counts a
 * trust-and-safety pipeline produces and the policy version that was in force that day in that market
 * (resolved by the server from the library's per-market effective dates, never sent by the pipeline).
 *
 * Every figure the UI shows is one of the counts, times or rates below; their definitions live here
 * and nowhere else, so the dashboard, the impact analysis, the ingest report and the API guide all
 * say the same thing.
 */

import { DETECTION_METHODS, METRIC_KEYS, type DetectionMethod, type MetricKey } from './metrics-vocabulary.js';

export * from './metrics-vocabulary.js';

export const DetectionMethodSchema = z
  .enum(DETECTION_METHODS)
  .describe('How the items were detected and actioned: automated (classifiers, hashes) or human review');
export const DETECTION_METHOD_LABELS: Record<DetectionMethod, string> = {
  automated: 'Automated',
  human: 'Human review',
};

/** The count columns of a metric row, in file order. Column names are the same in CSV and NDJSON. */
export const METRIC_COUNT_COLUMNS = [
  'actioned',
  'user_reports',
  'views',
  'violating_views',
  'qa_sampled',
  'qa_correct',
  'appeals',
  'appeals_overturned',
  'proactive',
] as const;
export type MetricCountColumn = (typeof METRIC_COUNT_COLUMNS)[number];

/** The time columns (hours from upload or report to action), optional: null when nothing was actioned. */
export const METRIC_TIME_COLUMNS = ['median_hours_to_action', 'p90_hours_to_action'] as const;
export type MetricTimeColumn = (typeof METRIC_TIME_COLUMNS)[number];

/** The key columns of a metric row: re-ingesting the same key replaces the row. */
export const METRIC_KEY_COLUMNS = ['date', 'policy', 'market', 'surface', 'detection'] as const;
export type MetricKeyColumn = (typeof METRIC_KEY_COLUMNS)[number];

/** Every column a file may carry, in the order of the CSV template. */
export const METRIC_COLUMNS = [...METRIC_KEY_COLUMNS, ...METRIC_COUNT_COLUMNS, ...METRIC_TIME_COLUMNS] as const;
export type MetricColumn = (typeof METRIC_COLUMNS)[number];

export interface ColumnDefinition {
  label: string;
  definition: string;
}

/** What each column means, shown in the upload page's template help and the API guide. */
export const METRIC_COLUMN_DEFINITIONS: Record<MetricColumn, ColumnDefinition> = {
  date: { label: 'Date', definition: 'The UTC calendar day the figures cover, YYYY-MM-DD.' },
  policy: { label: 'Policy', definition: 'The policy the items were actioned under: its slug, e.g. hate-speech.' },
  market: {
    label: 'Market',
    definition: 'The market code from the applicability grid, e.g. DE. Use the most specific market you report.',
  },
  surface: { label: 'Surface', definition: 'The product surface by name, e.g. LIVE (case-insensitive).' },
  detection: {
    label: 'Detection',
    definition: 'automated (classifiers, hash matches) or human (reviewers acting on reports or queues).',
  },
  actioned: { label: 'Actioned items', definition: 'Items removed, restricted or labelled under the policy that day.' },
  user_reports: { label: 'User reports', definition: 'Reports by users that named this policy as the reason.' },
  views: { label: 'Views', definition: 'Views of content on the surface in the market (the prevalence denominator).' },
  violating_views: {
    label: 'Violating views',
    definition: 'Views of content violating the policy, estimated from a labelled sample of views.',
  },
  qa_sampled: { label: 'QA-sampled decisions', definition: 'Enforcement decisions re-reviewed by quality assurance.' },
  qa_correct: { label: 'QA-correct decisions', definition: 'Of the QA-sampled decisions, those QA agreed with.' },
  appeals: { label: 'Appeals', definition: 'Appeals filed that day against actions under the policy.' },
  appeals_overturned: {
    label: 'Overturned appeals',
    definition: 'Of those appeals, the ones that reversed the action.',
  },
  proactive: {
    label: 'Proactive detections',
    definition: 'Actioned items found before any user reported them.',
  },
  median_hours_to_action: {
    label: 'Median time to action',
    definition:
      'Median hours from upload (or report, for reactive items) to action, over that day\u2019s actioned items.',
  },
  p90_hours_to_action: {
    label: 'p90 time to action',
    definition: '90th percentile of the same hours; at least the median.',
  },
};

/**
 * The numerator <= denominator rules a row must keep (a numerator above its denominator is refused,
 * naming the numerator's column). Appeals are counted against that day's actions, as the appeal rate is.
 */
export const METRIC_COUNT_BOUNDS: ReadonlyArray<
  readonly [numerator: MetricCountColumn, denominator: MetricCountColumn]
> = [
  ['violating_views', 'views'],
  ['qa_correct', 'qa_sampled'],
  ['appeals', 'actioned'],
  ['appeals_overturned', 'appeals'],
  ['proactive', 'actioned'],
];

/** One metric row as a file or the ingest API carries it (CSV cells are parsed to these types first). */
export const MetricRowInputSchema = z.strictObject({
  date: IsoDateSchema.describe('The UTC day the figures cover, YYYY-MM-DD'),
  policy: z.string().trim().min(1).max(120).describe('Policy slug, e.g. hate-speech'),
  market: z.string().trim().min(2).max(12).describe('Market code, e.g. DE'),
  surface: z.string().trim().min(1).max(80).describe('Surface name, e.g. LIVE'),
  detection: DetectionMethodSchema,
  actioned: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.actioned.definition),
  user_reports: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.user_reports.definition),
  views: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.views.definition),
  violating_views: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.violating_views.definition),
  qa_sampled: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.qa_sampled.definition),
  qa_correct: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.qa_correct.definition),
  appeals: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.appeals.definition),
  appeals_overturned: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.appeals_overturned.definition),
  proactive: z.number().int().min(0).describe(METRIC_COLUMN_DEFINITIONS.proactive.definition),
  median_hours_to_action: z
    .number()
    .min(0)
    .nullable()
    .optional()
    .describe(METRIC_COLUMN_DEFINITIONS.median_hours_to_action.definition),
  p90_hours_to_action: z
    .number()
    .min(0)
    .nullable()
    .optional()
    .describe(METRIC_COLUMN_DEFINITIONS.p90_hours_to_action.definition),
});
export type MetricRowInput = z.infer<typeof MetricRowInputSchema>;

// ---- Derived figures ---------------------------------------------------------------------------

export const MetricKeySchema = z.enum(METRIC_KEYS).describe('A figure: a rate, a time or a volume');

export interface RateDefinition {
  kind: 'rate';
  label: string;
  numerator: MetricCountColumn;
  denominator: MetricCountColumn;
  /** 'percent' shows 100 x the proportion; 'per10k' shows 10 000 x (prevalence). */
  unit: 'percent' | 'per10k';
  /** Whether a rise is good news (accuracy, proactive rate) or bad (overturns, prevalence). */
  higherIsBetter: boolean;
  definition: string;
}
export interface TimeDefinition {
  kind: 'time';
  label: string;
  column: MetricTimeColumn;
  unit: 'hours';
  higherIsBetter: false;
  definition: string;
}
export interface VolumeDefinition {
  kind: 'volume';
  label: string;
  column: MetricCountColumn;
  unit: 'count';
  higherIsBetter: null;
  definition: string;
}
export type MetricDefinition = RateDefinition | TimeDefinition | VolumeDefinition;

/**
 * The one table of figure definitions. Rates are shown with their Wilson 95% interval and their
 * denominator, never bare. Times over several rows (markets, surfaces, days) are the actioned-weighted
 * mean of the rows' daily medians (or p90s): exact medians cannot be rebuilt from daily aggregates,
 * and the UI says "weighted mean of daily medians" beside the figure.
 */
export const METRIC_DEFINITIONS: Record<MetricKey, MetricDefinition> = {
  accuracy: {
    kind: 'rate',
    label: 'Accuracy',
    numerator: 'qa_correct',
    denominator: 'qa_sampled',
    unit: 'percent',
    higherIsBetter: true,
    definition: 'Share of QA-sampled enforcement decisions that quality assurance agreed with.',
  },
  appeal_rate: {
    kind: 'rate',
    label: 'Appeal rate',
    numerator: 'appeals',
    denominator: 'actioned',
    unit: 'percent',
    higherIsBetter: false,
    definition: 'Appeals filed per actioned item.',
  },
  overturn_rate: {
    kind: 'rate',
    label: 'Overturn rate',
    numerator: 'appeals_overturned',
    denominator: 'appeals',
    unit: 'percent',
    higherIsBetter: false,
    definition: 'Share of appeals that reversed the action: a measure of over-enforcement.',
  },
  prevalence: {
    kind: 'rate',
    label: 'Prevalence',
    numerator: 'violating_views',
    denominator: 'views',
    unit: 'per10k',
    higherIsBetter: false,
    definition: 'Views of violating content per 10,000 views: how much harm was still seen.',
  },
  proactive_rate: {
    kind: 'rate',
    label: 'Proactive rate',
    numerator: 'proactive',
    denominator: 'actioned',
    unit: 'percent',
    higherIsBetter: true,
    definition: 'Share of actioned items found before any user reported them.',
  },
  median_hours_to_action: {
    kind: 'time',
    label: 'Median time to action',
    column: 'median_hours_to_action',
    unit: 'hours',
    higherIsBetter: false,
    definition:
      'Hours from upload or report to action; over several rows, the actioned-weighted mean of daily medians.',
  },
  p90_hours_to_action: {
    kind: 'time',
    label: 'p90 time to action',
    column: 'p90_hours_to_action',
    unit: 'hours',
    higherIsBetter: false,
    definition: '90th-percentile hours to action; over several rows, the actioned-weighted mean of daily p90s.',
  },
  actioned: {
    kind: 'volume',
    label: 'Actioned items',
    column: 'actioned',
    unit: 'count',
    higherIsBetter: null,
    definition: METRIC_COLUMN_DEFINITIONS.actioned.definition,
  },
  user_reports: {
    kind: 'volume',
    label: 'User reports',
    column: 'user_reports',
    unit: 'count',
    higherIsBetter: null,
    definition: METRIC_COLUMN_DEFINITIONS.user_reports.definition,
  },
  views: {
    kind: 'volume',
    label: 'Views',
    column: 'views',
    unit: 'count',
    higherIsBetter: null,
    definition: METRIC_COLUMN_DEFINITIONS.views.definition,
  },
  proactive: {
    kind: 'volume',
    label: 'Proactive detections',
    column: 'proactive',
    unit: 'count',
    higherIsBetter: null,
    definition: METRIC_COLUMN_DEFINITIONS.proactive.definition,
  },
};

/** A rate as every reply gives it: never bare, always with its interval and denominator. */
export const RateWithIntervalSchema = z.object({
  value: z.number().nullable().describe('The rate in its display unit (percent or per 10k); null with no denominator'),
  lower: z.number().nullable().describe('Lower end of the Wilson 95% interval, same unit'),
  upper: z.number().nullable().describe('Upper end of the Wilson 95% interval, same unit'),
  numerator: z.number().int().describe('Items counted in the numerator'),
  denominator: z.number().int().describe('Items counted in the denominator'),
});
export type RateWithInterval = z.infer<typeof RateWithIntervalSchema>;
