import type { JobState } from '@policyops/contracts';
import { v7 as uuidv7 } from 'uuid';
import type { JobsTable } from '../../db/jobs-schema.js';
import { queryBuilder, type DbScope } from '../../db/scope.js';
import {
  retryDelayMs,
  type ClaimedJob,
  type JobListPosition,
  type JobRecord,
  type JobStore,
  type NewJob,
} from './job-store.js';

const DAY_MS = 86_400_000;
/** Completed jobs are kept a week (their keys keep repeated sends no-ops meanwhile); failed ones a month. */
const COMPLETED_RETENTION_MS = 7 * DAY_MS;
const FAILED_RETENTION_MS = 30 * DAY_MS;

function toRecord(row: JobsTable): JobRecord {
  return {
    id: row.id,
    name: row.name,
    state: row.state as JobState,
    attempts: row.attempts,
    maxAttempts: row.retry_limit + 1,
    // As pg-boss: completing replaces the error of an earlier attempt.
    lastError: row.state === 'completed' ? null : row.last_error,
    nextRunAt: row.state === 'pending' ? row.run_at : null,
    createdAt: row.created_at,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    key: row.idempotency_key,
  };
}

/**
 * The embedded database's queue: the jobs table in the same SQLite file. One process owns the file,
 * and Kysely runs one query at a time on its connection, so a claim (select, then a conditional
 * update in one transaction) cannot hand a job to two workers.
 */
export class SqliteJobStore implements JobStore {
  constructor(private readonly db: DbScope) {}

  async prepare(): Promise<void> {}

  async recover(now: Date): Promise<number> {
    const result = await queryBuilder(this.db)
      .updateTable('jobs')
      .set({ state: 'pending', run_at: now.toISOString(), updated_at: now.toISOString() })
      .where('state', '=', 'active')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async insert(job: NewJob, now: Date): Promise<string | null> {
    const at = now.toISOString();
    const row = await queryBuilder(job.scope ?? this.db)
      .insertInto('jobs')
      .values({
        id: uuidv7(),
        name: job.name,
        idempotency_key: job.key,
        payload: JSON.stringify(job.payload),
        state: 'pending',
        attempts: 0,
        retry_limit: job.retry.limit,
        retry_delay_seconds: job.retry.delaySeconds,
        retry_backoff: job.retry.backoff === 'exponential' ? 1 : 0,
        run_at: (job.runAt ?? now).toISOString(),
        started_at: null,
        completed_at: null,
        last_error: null,
        created_at: at,
        updated_at: at,
      })
      .onConflict((oc) => oc.columns(['name', 'idempotency_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  }

  async claim(name: string, limit: number, now: Date, ignoreDelays: boolean): Promise<ClaimedJob[]> {
    const at = now.toISOString();
    return queryBuilder(this.db)
      .transaction()
      .execute(async (trx) => {
        let due = trx.selectFrom('jobs').select('id').where('state', '=', 'pending').where('name', '=', name);
        if (!ignoreDelays) due = due.where('run_at', '<=', at);
        const ids = (await due.orderBy('run_at').orderBy('id').limit(limit).execute()).map((r) => r.id);
        if (ids.length === 0) return [];
        const rows = await trx
          .updateTable('jobs')
          .set((eb) => ({ state: 'active', attempts: eb('attempts', '+', 1), started_at: at, updated_at: at }))
          .where('id', 'in', ids)
          .where('state', '=', 'pending')
          .returning(['id', 'name', 'payload', 'attempts'])
          .execute();
        return rows.map((r) => ({ id: r.id, name: r.name, payload: JSON.parse(r.payload), attempt: r.attempts }));
      });
  }

  async complete(job: ClaimedJob, now: Date): Promise<void> {
    const at = now.toISOString();
    await queryBuilder(this.db)
      .updateTable('jobs')
      .set({ state: 'completed', completed_at: at, updated_at: at })
      .where('id', '=', job.id)
      .where('state', '=', 'active')
      .execute();
  }

  async fail(job: ClaimedJob, error: string, now: Date, final: boolean): Promise<void> {
    const db = queryBuilder(this.db);
    const row = await db.selectFrom('jobs').selectAll().where('id', '=', job.id).executeTakeFirst();
    if (!row || row.state !== 'active') return;
    const at = now.toISOString();
    const retries = !final && row.attempts <= row.retry_limit;
    const delay = retryDelayMs(
      { delaySeconds: row.retry_delay_seconds, backoff: row.retry_backoff ? 'exponential' : 'fixed' },
      row.attempts,
    );
    await db
      .updateTable('jobs')
      .set({
        state: retries ? 'pending' : 'failed',
        run_at: retries ? new Date(now.getTime() + delay).toISOString() : row.run_at,
        completed_at: retries ? null : at,
        last_error: error,
        updated_at: at,
        ...(final ? { retry_limit: Math.min(row.retry_limit, row.attempts - 1) } : {}),
      })
      .where('id', '=', job.id)
      .where('state', '=', 'active')
      .execute();
  }

  async list(state: JobState, limit: number, after: JobListPosition | null): Promise<JobRecord[]> {
    let query = queryBuilder(this.db).selectFrom('jobs').selectAll().where('state', '=', state);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map(toRecord);
  }

  async get(id: string): Promise<JobRecord | null> {
    const row = await queryBuilder(this.db).selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toRecord(row) : null;
  }

  async retry(id: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const result = await queryBuilder(this.db)
      .updateTable('jobs')
      .set((eb) => ({
        state: 'pending',
        retry_limit: eb('retry_limit', '+', 1),
        run_at: at,
        completed_at: null,
        updated_at: at,
      }))
      .where('id', '=', id)
      .where('state', '=', 'failed')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async prune(now: Date): Promise<void> {
    const completedBefore = new Date(now.getTime() - COMPLETED_RETENTION_MS).toISOString();
    const failedBefore = new Date(now.getTime() - FAILED_RETENTION_MS).toISOString();
    await queryBuilder(this.db)
      .deleteFrom('jobs')
      .where((eb) =>
        eb.or([
          eb.and([eb('state', '=', 'completed'), eb('completed_at', '<', completedBefore)]),
          eb.and([eb('state', '=', 'failed'), eb('completed_at', '<', failedBefore)]),
        ]),
      )
      .execute();
  }

  async close(): Promise<void> {}
}
