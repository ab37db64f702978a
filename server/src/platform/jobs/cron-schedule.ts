import { Cron } from 'croner';

/** A tick older than this is not caught up: a server down for days does not replay last week. */
export const CATCH_UP_MS = 86_400_000;

/** A cron pattern (UTC), checked once at registration so a typo fails at start, not at the first tick. */
export class CronSchedule {
  private readonly cron: Cron;

  constructor(readonly pattern: string) {
    this.cron = new Cron(pattern, { timezone: 'Etc/UTC', paused: true });
  }

  /**
   * The latest tick at or before `now` that is still worth running, or null. Every server that asks
   * in the same tick gets the same instant, which becomes the job's idempotency key: one run a tick.
   */
  dueTick(now: Date): Date | null {
    const next = this.cron.nextRun(new Date(now.getTime() - 1000));
    if (next && next.getTime() <= now.getTime()) return next;
    const [previous] = this.cron.previousRuns(1, now);
    if (!previous || now.getTime() - previous.getTime() > CATCH_UP_MS) return null;
    return previous;
  }
}
