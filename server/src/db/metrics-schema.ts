/**
 * Policy metrics (migration 0035): daily aggregates per policy x day x market x surface x detection.
 * Column meanings: METRIC_COLUMN_DEFINITIONS in contracts/src/metrics.contract.ts.
 * `views` and `violating_views` are bigint: node-pg reads them (and every SUM) as strings,
 * better-sqlite3 as numbers; read them through Number().
 */
export interface MetricDailyTable {
  policy_id: string;
  /** YYYY-MM-DD (UTC). */
  day: string;
  market_id: string;
  surface_id: string;
  /** DetectionMethod: automated | human. */
  detection: string;
  /** The policy version in force that day in that market; null before the first version. */
  version_id: string | null;
  actioned: number;
  user_reports: number;
  views: number | string;
  violating_views: number | string;
  qa_sampled: number;
  qa_correct: number;
  appeals: number;
  appeals_overturned: number;
  proactive: number;
  median_hours_to_action: number | null;
  p90_hours_to_action: number | null;
  /** The import that last wrote the row (null for rows written by the sample generator). */
  import_id: string | null;
  updated_at: string;
}
