/**
 * The embedded database's job queue (migration 0021). PostgreSQL keeps its jobs in pg-boss's own
 * schema; the table exists there too but stays empty.
 */
export interface JobsTable {
  id: string;
  name: string;
  /** Idempotency key: unique per job name, null when the sender gave none. */
  idempotency_key: string | null;
  /** The validated payload, JSON. */
  payload: string;
  /** pending | active | completed | failed */
  state: string;
  attempts: number;
  /** Retries allowed after the first attempt. */
  retry_limit: number;
  retry_delay_seconds: number;
  /** 1: the delay doubles with each attempt. */
  retry_backoff: number;
  /** When a pending job may run. */
  run_at: string;
  started_at: string | null;
  completed_at: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}
