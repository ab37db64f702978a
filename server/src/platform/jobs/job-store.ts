import type { JobState } from '@policyops/contracts';
import type { DbScope } from '../../db/scope.js';

/** How a job kind retries: `limit` retries after the first attempt, the delay doubling when exponential. */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: 'exponential' | 'fixed';
}

/** A job as the admin page reads it (the payload stays inside the queue). */
export interface JobRecord {
  id: string;
  name: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  nextRunAt: string | null;
  createdAt: string;
  startedAt: string | null;
  completedAt: string | null;
  key: string | null;
}

/** A job handed to its handler: claimed, so no other worker runs it meanwhile. */
export interface ClaimedJob {
  id: string;
  name: string;
  payload: unknown;
  /** 1 for the first run. */
  attempt: number;
}

export interface NewJob {
  name: string;
  payload: object;
  key: string | null;
  runAt: Date | null;
  retry: RetryPolicy;
  /** The caller's open transaction to insert in (null: on the store's own connection). */
  scope: DbScope | null;
}

/** Where a page of the list starts: after this job (newest first). */
export interface JobListPosition {
  createdAt: string;
  id: string;
}

/**
 * The storage behind the queue: the SQLite table on the embedded database, pg-boss on PostgreSQL.
 * The runner (job-queue.ts) holds the rules that do not depend on it: validation, handlers,
 * concurrency, schedules and shutdown.
 */
export interface JobStore {
  /** Makes the queues exist (pg-boss needs each created once); may be called again with new names. */
  prepare(names: string[]): Promise<void>;
  /** After a crash: jobs left active by this (single) process go back to pending. */
  recover(now: Date): Promise<number>;
  /** Adds a job; null when a job with the same name and key already exists (the send is a no-op). */
  insert(job: NewJob, now: Date): Promise<string | null>;
  /** Claims up to `limit` due jobs of one kind (`ignoreDelays`: also the ones waiting for later). */
  claim(name: string, limit: number, now: Date, ignoreDelays: boolean): Promise<ClaimedJob[]>;
  complete(job: ClaimedJob, now: Date): Promise<void>;
  /**
   * Records the failure: pending again after the backoff while attempts remain, else failed.
   * `final`: failed now, its retry limit lowered to the attempts made (so an admin retry is one more).
   */
  fail(job: ClaimedJob, error: string, now: Date, final: boolean): Promise<void>;
  list(state: JobState, limit: number, after: JobListPosition | null): Promise<JobRecord[]>;
  get(id: string): Promise<JobRecord | null>;
  /** A failed job becomes pending with one more attempt allowed; false when it is not failed. */
  retry(id: string, now: Date): Promise<boolean>;
  /** Drops finished jobs past their retention (pg-boss archives on its own). */
  prune(now: Date): Promise<void>;
  close(): Promise<void>;
}

/** The delay before attempt `attempt + 1` after attempt `attempt` failed. */
export function retryDelayMs(retry: Pick<RetryPolicy, 'delaySeconds' | 'backoff'>, attempt: number): number {
  const factor = retry.backoff === 'exponential' ? 2 ** Math.min(16, Math.max(0, attempt - 1)) : 1;
  return retry.delaySeconds * factor * 1000;
}

/** How much of an error the queue keeps: enough to read, not a log file. */
export const MAX_ERROR_LENGTH = 4000;
