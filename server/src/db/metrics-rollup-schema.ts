/**
 * Weekly and monthly pre-aggregates of metric_daily (migration 0037), one row per policy x grain x
 * period x market x surface x detection x version in force,
 * and one per policy x day across them. Refreshed by refreshRollups in the same
 * transaction as the daily rows they sum. Sums are bigint: node-pg reads them as strings; read them
 * through Number().
 */
export interface MetricRollupsTable {
  policy_id: string;
  /** 'week' (ISO, the Monday), 'month' (the 1st), or 'day': the policy's whole day, every dimension key ''. */
  grain: string;
  /** First day of the period, YYYY-MM-DD. */
  period: string;
  market_id: string;
  surface_id: string;
  detection: string;
  /** The version in force; '' before the first version (a key column cannot be null on PostgreSQL). */
  version_id: string;
  actioned: number | string;
  user_reports: number | string;
  views: number | string;
  violating_views: number | string;
  qa_sampled: number | string;
  qa_correct: number | string;
  appeals: number | string;
  appeals_overturned: number | string;
  proactive: number | string;
  /** Actioned items of the days with a median: the weight of the mean of daily medians. */
  median_weight: number | string;
  /** Sum of actioned x median over those days. */
  median_weighted: number;
  p90_weight: number | string;
  p90_weighted: number;
}
