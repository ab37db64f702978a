// The metrics words the web app's router reads (URL filters), without zod: this module is in the
// first page's script, the schemas are not (see governance-vocabulary.ts for the same split).

export const DETECTION_METHODS = ['automated', 'human'] as const;
export type DetectionMethod = (typeof DETECTION_METHODS)[number];

export const RATE_KEYS = ['accuracy', 'appeal_rate', 'overturn_rate', 'prevalence', 'proactive_rate'] as const;
export type RateKey = (typeof RATE_KEYS)[number];
export const TIME_KEYS = ['median_hours_to_action', 'p90_hours_to_action'] as const;
export type TimeKey = (typeof TIME_KEYS)[number];
export const VOLUME_KEYS = ['actioned', 'user_reports', 'views', 'proactive'] as const;
export type VolumeKey = (typeof VOLUME_KEYS)[number];
/** Every figure a dashboard or analysis can show. */
export const METRIC_KEYS = [...RATE_KEYS, ...TIME_KEYS, ...VOLUME_KEYS] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** Dashboard grains: a day, an ISO week (Monday first) or a calendar month. */
export const METRIC_GRAINS = ['day', 'week', 'month'] as const;
export type MetricGrain = (typeof METRIC_GRAINS)[number];
