import type { JobState } from '@policyops/contracts';
import type { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import { CronSchedule } from './cron-schedule.js';
import {
  MAX_ERROR_LENGTH,
  type ClaimedJob,
  type JobListPosition,
  type JobRecord,
  type JobStore,
  type RetryPolicy,
} from './job-store.js';

export interface JobContext {
  id: string;
  name: string;
  /** 1 on the first run, 2 on the first retry, ... */
  attempt: number;
}

export type JobHandler<T> = (payload: T, job: JobContext) => Promise<void>;

export interface JobDefinition<T extends object> {
  /** Validates the payload when it is sent and again when it runs (a job may outlive a deploy). */
  schema: z.ZodType<T>;
  /** Default: 3 retries, 30 s apart, doubling. */
  retry?: Partial<RetryPolicy>;
  /** How many jobs of this kind one server runs at once (default 1). */
  concurrency?: number;
}

export interface SendOptions {
  /** Idempotency key: while a job with this name and key is pending, running or kept as done, a send is a no-op. */
  key?: string;
  /** Not before this instant. */
  runAt?: Date;
  /**
   * The caller's open transaction: the job is queued only if it commits. Pass it whenever sending
   * inside a transaction; on SQLite a send beside an open transaction would wait for its connection.
   */
  scope?: DbScope;
}

/**
 * Thrown by a handler when another attempt cannot succeed (an SMTP server refusing an address): the
 * job is failed at once with this message, without the retries left; an admin retry still runs it.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentJobError';
  }
}

/** A defined kind of job: sends with its payload type. */
export interface JobType<T extends object> {
  readonly name: string;
  send(payload: T, options?: SendOptions): Promise<string | null>;
}

/** A pino-like logger; warn and error fall back to info (the app's logger has all three). */
export interface JobLogger {
  info(data: object, message: string): void;
  warn?(data: object, message: string): void;
  error?(data: object, message: string): void;
}

export interface JobQueueOptions {
  store: JobStore;
  logger?: JobLogger;
  /** The queue's clock: tests pass one to fire schedules and backoffs at chosen instants. */
  now?: () => Date;
  /** How often a started queue looks for due jobs (default 1000 ms). */
  pollMs?: number;
  /** How often it checks the cron schedules (default 30 s). */
  scheduleCheckMs?: number;
}

interface Definition {
  name: string;
  schema: z.ZodType<object>;
  retry: RetryPolicy;
  concurrency: number;
  handler: JobHandler<object>;
}

const DEFAULT_RETRY: RetryPolicy = { limit: 3, delaySeconds: 30, backoff: 'exponential' };
const SILENT: JobLogger = { info: () => undefined };

/** The queue behind every store: definitions, validation, running, schedules and a graceful stop. */
export class JobQueue {
  private readonly definitions = new Map<string, Definition>();
  private readonly schedules: { name: string; cron: CronSchedule; payload: object }[] = [];
  private readonly active = new Map<string, number>();
  private readonly running = new Set<Promise<void>>();
  /** A poll or schedule check under way: stop() waits for it, or a job it claims would run past the stop. */
  private readonly ticks = new Set<Promise<unknown>>();
  private readonly store: JobStore;
  private readonly log: JobLogger;
  private readonly now: () => Date;
  private readonly pollMs: number;
  private readonly scheduleCheckMs: number;
  private pollTimer: NodeJS.Timeout | null = null;
  private scheduleTimer: NodeJS.Timeout | null = null;
  private started = false;
  private stopped = false;

  constructor(options: JobQueueOptions) {
    this.store = options.store;
    this.log = options.logger ?? SILENT;
    this.now = options.now ?? (() => new Date());
    this.pollMs = options.pollMs ?? 1000;
    this.scheduleCheckMs = options.scheduleCheckMs ?? 30_000;
  }

  /** Declares a kind of job and what runs it. Throws when the name is taken. */
  define<T extends object>(name: string, definition: JobDefinition<T>, handler: JobHandler<T>): JobType<T> {
    if (this.definitions.has(name)) throw new Error(`Job ${name} is already defined`);
    if (!/^[\w.-]{1,100}$/.test(name)) throw new Error(`Job name ${JSON.stringify(name)}: letters, digits, . _ - only`);
    const retry = { ...DEFAULT_RETRY, ...definition.retry };
    // Doubling zero stays zero; pg-boss lifts an exponential delay to 1 s, so both stores do.
    if (retry.backoff === 'exponential') retry.delaySeconds = Math.max(1, retry.delaySeconds);
    this.definitions.set(name, {
      name,
      schema: definition.schema as z.ZodType<object>,
      retry,
      concurrency: Math.max(1, definition.concurrency ?? 1),
      handler: handler as JobHandler<object>,
    });
    return { name, send: (payload, options) => this.send(name, payload, options) };
  }

  /**
   * Queues a job; returns its id, or null when its key was already used (nothing is queued). Throws
   * when the job is not defined or the payload does not match its schema (a ZodError).
   */
  async send(name: string, payload: object, options: SendOptions = {}): Promise<string | null> {
    const definition = this.definitionOf(name);
    const parsed = definition.schema.parse(payload);
    return this.store.insert(
      {
        name,
        payload: parsed,
        key: options.key ?? null,
        runAt: options.runAt ?? null,
        retry: definition.retry,
        scope: options.scope ?? null,
      },
      this.now(),
    );
  }

  /**
   * Runs a defined job on a cron pattern (UTC, croner syntax). Each tick is sent with the tick's
   * instant as its key, so several servers checking the same tick queue it once; a tick missed while
   * every server was down runs once when one comes back (within a day).
   */
  schedule(name: string, pattern: string, payload: object = {}): void {
    this.definitionOf(name);
    this.schedules.push({ name, cron: new CronSchedule(pattern), payload });
  }

  /** Sends the jobs of every schedule's due tick; returns how many were new. Started queues call it on their own. */
  async fireSchedules(at: Date = this.now()): Promise<number> {
    let sent = 0;
    for (const { name, cron, payload } of this.schedules) {
      const tick = cron.dueTick(at);
      if (tick && (await this.send(name, payload, { key: `schedule:${tick.toISOString()}` }))) sent += 1;
    }
    return sent;
  }

  /**
   * Sends a scheduled job now, off its cron (keyed by the instant, so a double click queues it twice at most
   * once per millisecond); returns its id, or null when no schedule runs that job.
   */
  async runScheduleNow(name: string): Promise<string | null> {
    const scheduled = this.schedules.find((s) => s.name === name);
    if (!scheduled) return null;
    return this.send(name, scheduled.payload, { key: `manual:${this.now().toISOString()}` });
  }

  /** Recovers what a crash left running, then polls for due jobs and checks schedules until stop(). */
  async start(): Promise<void> {
    if (this.started || this.stopped) return;
    this.started = true;
    await this.store.prepare([...this.definitions.keys()]);
    const recovered = await this.store.recover(this.now());
    if (recovered > 0) this.warn({ recovered }, 'jobs left running by a previous process are pending again');
    const poll = async () => {
      try {
        await this.tracked(this.claimAndRun(false));
      } catch (error) {
        this.error({ err: error }, 'job queue poll failed');
      }
      if (!this.stopped) this.pollTimer = setTimeout(() => void poll(), this.pollMs).unref();
    };
    const check = async () => {
      try {
        await this.tracked(this.fireSchedules().then(() => this.store.prune(this.now())));
      } catch (error) {
        this.error({ err: error }, 'job schedule check failed');
      }
      if (!this.stopped) this.scheduleTimer = setTimeout(() => void check(), this.scheduleCheckMs).unref();
    };
    await check();
    await poll();
  }

  /** Stops polling, waits for a poll under way and the handlers still running, then closes the store. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.scheduleTimer) clearTimeout(this.scheduleTimer);
    // A poll's handlers join `running` as soon as its claim returns, so they are awaited below.
    await Promise.allSettled([...this.ticks]);
    await Promise.allSettled([...this.running]);
    await this.store.close();
  }

  /**
   * For tests and scripts: runs due jobs until none is left, including the ones their handlers send.
   * `ignoreDelays` also runs jobs waiting for a later time (a backoff, a runAt); `rounds` stops after
   * that many claims (1: one attempt each). Returns how many ran.
   */
  async drain(options: { ignoreDelays?: boolean; rounds?: number } = {}): Promise<number> {
    let ran = 0;
    for (let round = 0; round < (options.rounds ?? 1000); round += 1) {
      const started = await this.claimAndRun(options.ignoreDelays ?? false);
      if (started.length === 0) return ran;
      ran += started.length;
      await Promise.all(started);
    }
    if (options.rounds) return ran;
    throw new Error('drain: jobs kept coming after 1000 rounds');
  }

  list(state: JobState, limit: number, after: JobListPosition | null): Promise<JobRecord[]> {
    return this.store.list(state, limit, after);
  }

  get(id: string): Promise<JobRecord | null> {
    return this.store.get(id);
  }

  /** A failed job runs again (one more attempt); false when it is not failed (any more). */
  retry(id: string): Promise<boolean> {
    return this.store.retry(id, this.now());
  }

  private tracked<T>(tick: Promise<T>): Promise<T> {
    this.ticks.add(tick);
    void tick.finally(() => this.ticks.delete(tick)).catch(() => undefined);
    return tick;
  }

  private warn(data: object, message: string): void {
    (this.log.warn ?? this.log.info).call(this.log, data, message);
  }

  private error(data: object, message: string): void {
    (this.log.error ?? this.log.info).call(this.log, data, message);
  }

  private definitionOf(name: string): Definition {
    const definition = this.definitions.get(name);
    if (!definition) throw new Error(`Job ${name} is not defined`);
    return definition;
  }

  private async claimAndRun(ignoreDelays: boolean): Promise<Promise<void>[]> {
    const started: Promise<void>[] = [];
    for (const definition of this.definitions.values()) {
      if (this.stopped) break;
      const free = definition.concurrency - (this.active.get(definition.name) ?? 0);
      if (free <= 0) continue;
      const jobs = await this.store.claim(definition.name, free, this.now(), ignoreDelays);
      for (const job of jobs) started.push(this.run(definition, job));
    }
    return started;
  }

  private run(definition: Definition, job: ClaimedJob): Promise<void> {
    this.active.set(definition.name, (this.active.get(definition.name) ?? 0) + 1);
    const execution = (async () => {
      try {
        await definition.handler(definition.schema.parse(job.payload), {
          id: job.id,
          name: job.name,
          attempt: job.attempt,
        });
        await this.store.complete(job, this.now());
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).slice(0, MAX_ERROR_LENGTH);
        const final = error instanceof PermanentJobError;
        this.warn({ job: job.name, jobId: job.id, attempt: job.attempt, final, err: error }, 'job failed');
        await this.store
          .fail(job, message || 'failed without a message', this.now(), final)
          .catch((failure: unknown) => {
            this.error({ jobId: job.id, err: failure }, 'could not record a job failure');
          });
      } finally {
        this.active.set(definition.name, (this.active.get(definition.name) ?? 1) - 1);
      }
    })();
    this.running.add(execution);
    void execution.finally(() => this.running.delete(execution));
    return execution;
  }
}
