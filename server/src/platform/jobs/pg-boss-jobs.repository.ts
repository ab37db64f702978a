import type { JobState } from '@policyops/contracts';
import { CompiledQuery } from 'kysely';
import PgBoss from 'pg-boss';
import { v5 as uuidv5, v7 as uuidv7 } from 'uuid';
import { queryBuilder, type DbScope } from '../../db/scope.js';
import type { ClaimedJob, JobListPosition, JobRecord, JobStore, NewJob } from './job-store.js';

const DAY_SECONDS = 86_400;
/** Fixed namespace of keyed job ids: the same (name, key) always gives the same id. */
const KEY_NAMESPACE = '6f1d7a52-8c1e-4a3f-9b7d-2f4c1e0a9d31';

const STATES_OF: Record<JobState, string[]> = {
  pending: ['created', 'retry'],
  active: ['active'],
  failed: ['failed', 'cancelled'],
  completed: ['completed'],
};

const STATE_OF: Record<string, JobState> = {
  created: 'pending',
  retry: 'pending',
  active: 'active',
  failed: 'failed',
  cancelled: 'failed',
  completed: 'completed',
};

interface JobRow {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  start_after: Date;
  started_on: Date | null;
  created_on: Date;
  completed_on: Date | null;
  singleton_key: string | null;
  output: unknown;
}

const COLUMNS =
  'id, name, state, retry_count, retry_limit, start_after, started_on, created_on, completed_on, singleton_key, output';

/** pg-boss keeps a handler's failure in `output`: ours as { message }, its own timeouts as { value: { message } }. */
function errorOf(output: unknown): string | null {
  if (typeof output !== 'object' || output === null) return null;
  const record = output as { message?: unknown; value?: { message?: unknown } };
  if (typeof record.message === 'string') return record.message;
  if (typeof record.value?.message === 'string') return record.value.message;
  return null;
}

function toRecord(row: JobRow): JobRecord {
  const state = STATE_OF[row.state] ?? 'failed';
  return {
    id: row.id,
    name: row.name,
    state,
    // pg-boss counts retries, bumped when a job that has started before is fetched again.
    attempts: row.started_on ? row.retry_count + 1 : 0,
    maxAttempts: row.retry_limit + 1,
    lastError: state === 'completed' ? null : errorOf(row.output),
    nextRunAt: state === 'pending' ? row.start_after.toISOString() : null,
    createdAt: row.created_on.toISOString(),
    startedAt: row.started_on?.toISOString() ?? null,
    completedAt: row.completed_on?.toISOString() ?? null,
    key: row.singleton_key,
  };
}

/** pg-boss's insert run on the caller's transaction (same database, pg-boss's tables schema-qualified). */
function inScope(scope: DbScope): PgBoss.Db {
  return {
    executeSql: async (text, values) => {
      const result = await queryBuilder(scope).executeQuery(CompiledQuery.raw(text, values));
      return { rows: result.rows };
    },
  };
}

/**
 * How soon a job left active by a dead server runs again: once `expireInSeconds` have passed since it
 * started (pg-boss's default: 15 minutes), at the next maintenance pass (every
 * `maintenanceIntervalSeconds`, default 120), after its retry delay; an expiry counts as an attempt.
 * A handler still running past its expiry is run a second time elsewhere, so the expiry must exceed
 * the longest run. The expiry is stored with each job at send. Tests of a killed server lower both to
 * seconds; the app keeps pg-boss's defaults.
 */
export interface PgBossExpiry {
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
}

/**
 * PostgreSQL's queue: pg-boss in its own schema, so that several app servers share it (its fetch
 * locks with SKIP LOCKED). pg-boss has no listing by state, so the admin reads query its job table
 * directly; the columns used are those of pg-boss 10's schema. Idempotency: a keyed job's id is
 * derived from (name, key), so a second send conflicts on the primary key (and is checked against
 * the archive, where finished jobs move after a week).
 */
export class PgBossJobStore implements JobStore {
  private boss: PgBoss;
  private started: Promise<unknown> | null = null;
  private readonly created = new Set<string>();

  constructor(
    private readonly connectionString: string,
    readonly schema: string,
    private readonly onError: (error: Error) => void,
    private readonly expiry: PgBossExpiry = {},
  ) {
    this.boss = this.newBoss();
  }

  private newBoss(): PgBoss {
    const boss = new PgBoss({
      connectionString: this.connectionString,
      schema: this.schema,
      max: 4,
      application_name: 'policyops-jobs',
      // Our runner fetches and schedules (job-queue.ts); pg-boss keeps storage, expiry and archiving.
      schedule: false,
      supervise: true,
      archiveCompletedAfterSeconds: 7 * DAY_SECONDS,
      archiveFailedAfterSeconds: 30 * DAY_SECONDS,
      deleteAfterDays: 30,
      ...(this.expiry.expireInSeconds ? { expireInSeconds: this.expiry.expireInSeconds } : {}),
      ...(this.expiry.maintenanceIntervalSeconds
        ? { maintenanceIntervalSeconds: this.expiry.maintenanceIntervalSeconds }
        : {}),
    });
    boss.on('error', this.onError);
    return boss;
  }

  /**
   * Starts pg-boss on first use (installing its schema), so test apps that never touch the queue pay
   * nothing. A pg-boss whose start failed (database down) cannot start again: the next call makes a new one.
   */
  private ready(): Promise<unknown> {
    this.started ??= this.boss.start().catch((error: unknown) => {
      const failed = this.boss;
      void failed.stop({ graceful: false, close: true }).catch(() => undefined);
      this.boss = this.newBoss();
      this.started = null;
      this.created.clear();
      throw error;
    });
    return this.started;
  }

  private async sql<T>(text: string, values: unknown[]): Promise<T[]> {
    await this.ready();
    const { rows } = await this.boss.getDb().executeSql(text, values);
    return rows as T[];
  }

  async prepare(names: string[]): Promise<void> {
    await this.ready();
    for (const name of names) {
      if (this.created.has(name)) continue;
      await this.boss.createQueue(name);
      this.created.add(name);
    }
  }

  // Jobs left active by a dead server expire (PgBossExpiry) and are retried by pg-boss's maintenance.
  async recover(): Promise<number> {
    return 0;
  }

  async insert(job: NewJob): Promise<string | null> {
    await this.prepare([job.name]);
    const id = job.key === null ? uuidv7() : uuidv5(`${job.name}\n${job.key}`, KEY_NAMESPACE);
    if (job.key !== null) {
      const archived = await this.sql(`SELECT 1 FROM ${this.schema}.archive WHERE name = $1 AND id = $2`, [
        job.name,
        id,
      ]);
      if (archived.length > 0) return null;
    }
    return this.boss.send(job.name, job.payload, {
      id,
      ...(job.key === null ? {} : { singletonKey: job.key }),
      ...(job.runAt ? { startAfter: job.runAt } : {}),
      ...(job.scope ? { db: inScope(job.scope) } : {}),
      retryLimit: job.retry.limit,
      retryDelay: job.retry.delaySeconds,
      retryBackoff: job.retry.backoff === 'exponential',
    });
  }

  async claim(name: string, limit: number, _now: Date, ignoreDelays: boolean): Promise<ClaimedJob[]> {
    await this.prepare([name]);
    const jobs = await this.boss.fetch<unknown>(name, {
      batchSize: limit,
      includeMetadata: true,
      ignoreStartAfter: ignoreDelays,
    });
    return jobs.map((job) => ({ id: job.id, name: job.name, payload: job.data, attempt: job.retryCount + 1 }));
  }

  async complete(job: ClaimedJob): Promise<void> {
    await this.boss.complete(job.name, job.id);
  }

  async fail(job: ClaimedJob, error: string, _now: Date, final: boolean): Promise<void> {
    // pg-boss fails for good once retry_count reaches retry_limit: a final failure gets there now.
    if (final) {
      await this.sql(
        `UPDATE ${this.schema}.job SET retry_limit = LEAST(retry_limit, retry_count)
         WHERE name = $1 AND id = $2 AND state = 'active'`,
        [job.name, job.id],
      );
    }
    await this.boss.fail(job.name, job.id, { message: error });
  }

  async list(state: JobState, limit: number, after: JobListPosition | null): Promise<JobRecord[]> {
    // Ordered by the millisecond of creation, as a cursor carries it (pg timestamps hold microseconds).
    const created = `date_trunc('milliseconds', created_on)`;
    const rows = await this.sql<JobRow>(
      `SELECT ${COLUMNS} FROM ${this.schema}.job
       WHERE state::text = ANY($1::text[])
         AND ($2::timestamptz IS NULL OR (${created}, id) < ($2::timestamptz, $3::uuid))
       ORDER BY ${created} DESC, id DESC
       LIMIT $4`,
      [STATES_OF[state], after?.createdAt ?? null, after?.id ?? null, limit],
    );
    return rows.map(toRecord);
  }

  async get(id: string): Promise<JobRecord | null> {
    const rows = await this.sql<JobRow>(`SELECT ${COLUMNS} FROM ${this.schema}.job WHERE id = $1`, [id]);
    return rows[0] ? toRecord(rows[0]) : null;
  }

  // As pg-boss's own retry (one more attempt), but conditional and reporting whether it happened.
  async retry(id: string): Promise<boolean> {
    const rows = await this.sql(
      `UPDATE ${this.schema}.job
       SET state = 'retry', retry_limit = retry_limit + 1, start_after = now(), completed_on = NULL
       WHERE id = $1 AND state = 'failed'
       RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  async prune(): Promise<void> {}

  async close(): Promise<void> {
    if (!this.started) return;
    await this.started.catch(() => undefined);
    await this.boss.stop({ graceful: false, close: true, wait: true });
  }
}
