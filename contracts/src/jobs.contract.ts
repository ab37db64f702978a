import { z } from 'zod';
import { CursorQuerySchema, IdSchema, TimestampSchema, pageOf } from './common.contract.js';

// Background jobs as the admin jobs page sees them. The payload is never shown: a job may carry an
// e-mail address or a one-time link, and what went wrong is in the last error.

export const JOB_STATES = ['pending', 'active', 'failed', 'completed'] as const;
export const JobStateSchema = z
  .enum(JOB_STATES)
  .describe('pending: waiting for its run time (first run or a retry); active: running; failed: out of attempts');
export type JobState = z.infer<typeof JobStateSchema>;

export const JobSchema = z.object({
  id: IdSchema.describe('The job'),
  name: z.string().describe('The kind of job, e.g. auth.purge-expired-sessions'),
  state: JobStateSchema,
  attempts: z.number().int().min(0).describe('How many times the job has started'),
  maxAttempts: z.number().int().min(1).describe('How many starts it is allowed before it counts as failed'),
  lastError: z.string().nullable().describe('The error of the last failed attempt, null when none failed'),
  nextRunAt: TimestampSchema.nullable().describe('When a pending job runs next; null when it is not pending'),
  createdAt: TimestampSchema.describe('When the job was sent'),
  startedAt: TimestampSchema.nullable().describe('When its last attempt started'),
  completedAt: TimestampSchema.nullable().describe('When it completed or finally failed'),
  key: z.string().nullable().describe('Idempotency key: a second send with it was ignored'),
  abilities: z.object({ retry: z.boolean().describe('Whether it can be retried now (failed jobs only)') }),
});
export type Job = z.infer<typeof JobSchema>;

export const JobListQuerySchema = CursorQuerySchema.extend({
  state: JobStateSchema.default('failed').describe('Which jobs to list (default failed)'),
});
export type JobListQuery = z.infer<typeof JobListQuerySchema>;

export const JobPageSchema = pageOf(JobSchema).describe('Jobs in one state, newest first');
export type JobPage = z.infer<typeof JobPageSchema>;

export const JobParamsSchema = z.object({ id: IdSchema.describe('The job') });

/** For tests only (TEST_CLOCK=1): the job sent to show a failure on the jobs page. */
export const TestJobSentSchema = z.object({ id: IdSchema.describe('The job sent') });

// ---- Audit -------------------------------------------------------------------------------------

export const JOB_AUDIT_ACTIONS = ['job.retried'] as const;

const JobAuditSnapshotSchema = z
  .strictObject({
    name: z.string().describe('The kind of job'),
    state: JobStateSchema,
    attempts: z.number().int().describe('How many times it had started'),
  })
  .describe('A background job (its payload is not copied into the log)');

export const JOB_AUDIT_PAYLOAD_SCHEMAS = {
  'job.retried': z.strictObject({
    entityType: z.literal('job').describe('Kind of record: job'),
    before: JobAuditSnapshotSchema.extend({
      lastError: z.string().nullable().describe('The error it had failed with'),
    }).describe('The failed job'),
    after: JobAuditSnapshotSchema.describe('The job, pending again'),
  }),
} as const;
