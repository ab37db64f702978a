/** Metric imports (migration 0036): one record per file sent to the ingest. */
export interface MetricImportsTable {
  id: string;
  file_name: string | null;
  /** MetricImportFormat: csv | ndjson. */
  format: string;
  /** upload | api. */
  source: string;
  /** MetricImportState. */
  state: string;
  /** bigint: node-pg reads it as a string. */
  bytes: number | string;
  rows_read: number;
  rows_written: number;
  fraction: number;
  rows: number | null;
  inserted: number | null;
  replaced: number | null;
  first_day: string | null;
  last_day: string | null;
  /** JSON text: MetricImportProblem[] (the first 200). */
  problems: string;
  problem_count: number;
  /** Where a queued file waits for its job; null once read. */
  spool_path: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}
