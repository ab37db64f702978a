import { daysBetween } from '@policyops/contracts';

export { addDays, daysBetween } from '@policyops/contracts';
/**
 * Where the server's "now" comes from. Which version is in force, scheduled or superseded is derived
 * from the calendar date at read time, so every reply must ask the same clock; tests inject one they
 * can move, and a browser journey moves the server's through a route that exists only with TEST_CLOCK=1.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date in UTC, YYYY-MM-DD: what decides which version is in force. */
  today(): string;
}

const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant, YYYY-MM-DD. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The machine's clock: what production runs on. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }

  today(): string {
    return isoDay(this.now());
  }
}

/**
 * The machine's clock moved by whole days, for tests: integration tests inject one and move it; the
 * browser journey moves the server's through the test-clock route (TEST_CLOCK=1 only). Time of day
 * keeps running, so a day still ends at midnight UTC.
 */
export class AdjustableClock implements Clock {
  private offsetDays = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetDays * DAY_MS);
  }

  today(): string {
    return isoDay(this.now());
  }

  /** Moves the clock so that today() is this date; null goes back to the machine's date. */
  setToday(date: string | null): void {
    this.offsetDays = date === null ? 0 : daysBetween(isoDay(new Date()), date);
  }

  /** How many days ahead of (negative: behind) the machine's clock this one runs. */
  get offset(): number {
    return this.offsetDays;
  }
}
