import type { Job, JobListQuery, JobPage } from '@policyops/contracts';
import { z } from 'zod';
import { authorize, type Actor } from '../../http/actor.js';
import { AppError, fieldError, notFound } from '../../http/app-error.js';
import { inTransaction, type DbScope } from '../../db/scope.js';
import type { JobListPosition, JobQueue, JobRecord } from '../../platform/jobs/index.js';
import type { AuditService } from '../audit/audit.service.js';

const PositionSchema = z.object({ createdAt: z.iso.datetime(), id: z.uuid() });

/** The page cursor: where the previous page ended, opaque to the client. */
function encodeCursor(job: JobRecord): string {
  return Buffer.from(JSON.stringify({ createdAt: job.createdAt, id: job.id })).toString('base64url');
}

function decodeCursor(cursor: string): JobListPosition {
  try {
    return PositionSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw fieldError('querystring.cursor', 'is not a cursor this list gave out');
  }
}

const toJob = (job: JobRecord): Job => ({ ...job, abilities: { retry: job.state === 'failed' } });

/** The admin view of the background-job queue: what waits, what failed and why, and retrying it. */
export class JobsService {
  constructor(
    private readonly db: DbScope,
    private readonly queue: JobQueue,
    private readonly audit: AuditService,
  ) {}

  /** Jobs in one state, newest first. Throws FORBIDDEN (admins only), VALIDATION_FAILED (a bad cursor). */
  async list(actor: Actor, query: JobListQuery): Promise<JobPage> {
    authorize(actor, 'jobs.manage');
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.queue.list(query.state, query.limit + 1, after);
    const items = rows.slice(0, query.limit);
    const last = items[items.length - 1];
    return { items: items.map(toJob), nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null };
  }

  /**
   * Runs a failed job again, with one more attempt allowed; audited. Throws FORBIDDEN, NOT_FOUND,
   * INVALID_STATE (the job is not failed, or another admin retried it first).
   */
  async retry(actor: Actor, id: string): Promise<Job> {
    authorize(actor, 'jobs.manage');
    const before = await this.queue.get(id);
    if (!before) throw notFound('The job');
    if (before.state !== 'failed')
      throw new AppError('INVALID_STATE', `The job is ${before.state}; only a failed job can be retried`);
    // The queue may live outside the app's database (pg-boss): retry first, so a lost race records nothing.
    if (!(await this.queue.retry(id)))
      throw new AppError('INVALID_STATE', 'The job is no longer failed: someone retried it first');
    const after = (await this.queue.get(id)) ?? { ...before, state: 'pending' as const };
    await inTransaction(this.db, (trx) =>
      this.audit.record(trx, actor, {
        action: 'job.retried',
        entityType: 'job',
        entityId: id,
        before: { name: before.name, state: before.state, attempts: before.attempts, lastError: before.lastError },
        after: { name: after.name, state: after.state, attempts: after.attempts },
      }),
    );
    return toJob(after);
  }
}
