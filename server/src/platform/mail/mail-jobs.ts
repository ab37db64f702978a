/**
 * Mail goes out through the jobs queue, never inside a request: an SMTP server that is down makes
 * nothing else fail. A refusal that may pass later (4xx, no answer) is retried with backoff; one that
 * will not (5xx, a bad address) fails the job at once with the server's reply, on the admin jobs page.
 */
import { z } from 'zod';
import type { DbScope } from '../../db/scope.js';
import { PermanentJobError, type JobQueue, type RetryPolicy } from '../jobs/index.js';
import type { RenderedMail } from './mail-template.js';
import { MailDeliveryError, type Mailer } from './mailer.js';

export const MAIL_SEND_JOB = 'mail.send';

/** A rendered message; it may hold a link token, and job payloads are never shown or logged. */
export const MailJobSchema = z.object({
  to: z.email(),
  subject: z
    .string()
    .min(1)
    .max(500)
    .refine((subject) => !/[\r\n]/.test(subject), 'one line'),
  text: z.string().max(100_000),
  html: z.string().max(200_000).optional(),
});
export type MailJob = z.infer<typeof MailJobSchema>;

/** 8 retries from a minute, doubling: an SMTP outage of about four hours still delivers. */
const MAIL_RETRY: RetryPolicy = { limit: 8, delaySeconds: 60, backoff: 'exponential' };

/** Declares `mail.send` (once, in app.ts). With mail off the mailer logs to and subject, and the job completes. */
export function defineMailJobs(jobs: JobQueue, mailer: Mailer): void {
  jobs.define(MAIL_SEND_JOB, { schema: MailJobSchema, retry: MAIL_RETRY, concurrency: 2 }, async (message) => {
    try {
      await mailer.send(message);
    } catch (error) {
      if (error instanceof MailDeliveryError && !error.transient) {
        throw new PermanentJobError(error.message, { cause: error });
      }
      // The mailer's own check of the message (an address or subject it cannot send): no retry fixes it.
      if (error instanceof TypeError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  });
}

/** What modules get to send mail with: queued in their transaction, delivered by the `mail.send` job. */
export class MailOutbox {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  /** Whether an SMTP server is configured: when not, modules tell people to pass links on themselves. */
  get enabled(): boolean {
    return this.mailer.status.enabled;
  }

  /**
   * Queues the message in the caller's transaction (it goes out only if that commits), once per key.
   * Returns false, queuing nothing, when mail is off: nobody would receive it.
   */
  async queue(scope: DbScope, to: string, mail: RenderedMail, key: string): Promise<boolean> {
    if (!this.enabled) return false;
    await this.jobs.send(MAIL_SEND_JOB, { to, ...mail } satisfies MailJob, { key, scope });
    return true;
  }
}
