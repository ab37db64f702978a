/**
 * Background jobs: the one way a module runs work later, on a schedule, or with retries.
 *
 *   const sendMail = jobs.define('mail.send', { schema: MailJobSchema, retry: { limit: 5, delaySeconds: 60 } },
 *     async (payload, job) => { await mailer.send(payload); });   // throw to fail the attempt
 *   await sendMail.send({ to, subject, text }, { key: `invitation:${id}` });  // null: key already used
 *   jobs.schedule('auth.purge-expired-sessions', '0 * * * *');     // cron in UTC (croner syntax)
 *
 * - define(name, { schema, retry?, concurrency? }, handler) before the queue starts (app.ts, once per
 *   kind). The zod schema checks the payload at send and again at run; payloads are JSON objects and
 *   are never shown on the admin page (they may carry addresses or links).
 * - send(payload, { key?, runAt?, scope? }): durable once it resolves. With a key, a second send while a job
 *   with that name and key is pending, running, failed or kept as completed (a week) is a no-op. `scope`:
 *   the caller's open transaction; on both stores the job then exists only if that commits.
 * - A handler that throws is retried: `limit` retries (default 3), `delaySeconds` (default 30)
 *   doubling with each attempt unless backoff is 'fixed'; then the job is failed, with its last
 *   error, on the admin jobs page, where an admin can retry it. A handler that throws PermanentJobError
 *   fails the job at once (no retry can help). Handlers must be idempotent: a server
 *   killed mid-run runs the job again.
 * - start() after listen; stop() on shutdown waits for running handlers. Tests drive it with
 *   drain() (runs what is due, { ignoreDelays: true } also what waits for a backoff) and
 *   fireSchedules(at).
 *
 * Embedded SQLite: the jobs table in the same file, one process. PostgreSQL: pg-boss 10 in its own
 * schema, shared safely by several app servers; a schedule fires once per tick across them.
 * A killed server's running job runs again: on SQLite when the process starts again, on PostgreSQL
 * once it expires (15 minutes after it started, then pg-boss's next maintenance and the job's retry
 * delay; PgBossExpiry in pg-boss-jobs.repository.ts). job-queue-kill.int.test.ts kills one for real.
 */
import type { AppConfig } from '../../config/config.js';
import type { DatabaseHandle } from '../../db/database.js';
import { JobQueue, type JobLogger } from './job-queue.js';
import { PgBossJobStore } from './pg-boss-jobs.repository.js';
import { SqliteJobStore } from './sqlite-jobs.repository.js';

export { JobQueue, PermanentJobError } from './job-queue.js';
export type {
  JobContext,
  JobDefinition,
  JobHandler,
  JobLogger,
  JobQueueOptions,
  JobType,
  SendOptions,
} from './job-queue.js';
export type { JobListPosition, JobRecord, RetryPolicy } from './job-store.js';

/**
 * pg-boss's schema: `pgboss` in production; beside a test's private schema (`t_abc_jobs`), so that
 * parallel tests never share a queue and the test app drops it with its own.
 */
export function pgBossSchemaOf(database: AppConfig['database']): string {
  return database.kind === 'postgres' && database.schema ? `${database.schema}_jobs` : 'pgboss';
}

/** The queue on the app's database: its SQLite file, or pg-boss on the same PostgreSQL. */
export function createJobQueue(
  database: DatabaseHandle,
  config: AppConfig['database'],
  options: { logger?: JobLogger; now?: () => Date; pollMs?: number } = {},
): JobQueue {
  const logger = options.logger;
  const store =
    config.kind === 'postgres'
      ? new PgBossJobStore(config.url, pgBossSchemaOf(config), (error) =>
          (logger?.error ?? logger?.info)?.call(logger, { err: error }, 'pg-boss reported an error'),
        )
      : new SqliteJobStore(database.scope);
  return new JobQueue({ store, ...options });
}
