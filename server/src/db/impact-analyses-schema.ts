/**
 * Stored impact analyses (migration 0038): a snapshot of one version launch's analysis, with the
 * statistics input it ran on, the options the user chose, the method version and the whole reply,
 * so it can be read back as it was and re-run to show it reproduces.
 */
export interface ImpactAnalysesTable {
  id: string;
  policy_id: string;
  version_id: string;
  /** YYYY-MM-DD: the launch date analysed. */
  launch_date: string;
  /** difference_in_differences | interrupted_time_series | before_after */
  design: string;
  /** JSON: the request's options (market, surface, windowDays, rampUpDays, design). */
  options: string;
  /** JSON: the statistics input (ImpactAnalysisInput) restricted to the windows. */
  inputs: string;
  method_version: string;
  /** JSON: the reply as shown when it was saved (ImpactReport). */
  result: string;
  significant: number;
  metrics: number;
  created_by: string | null;
  created_at: string;
}
