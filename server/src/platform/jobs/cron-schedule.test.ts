import { describe, expect, it } from 'vitest';
import { CronSchedule } from './cron-schedule.js';
import { retryDelayMs } from './job-store.js';

describe('CronSchedule.dueTick', () => {
  const hourly = new CronSchedule('0 * * * *');

  it('gives the latest tick at or before now, the same instant to every caller in that hour', () => {
    expect(hourly.dueTick(new Date('2027-01-05T10:00:00.000Z'))?.toISOString()).toBe('2027-01-05T10:00:00.000Z');
    expect(hourly.dueTick(new Date('2027-01-05T10:59:59.000Z'))?.toISOString()).toBe('2027-01-05T10:00:00.000Z');
    expect(hourly.dueTick(new Date('2027-01-05T11:00:01.000Z'))?.toISOString()).toBe('2027-01-05T11:00:00.000Z');
  });

  it('reads the pattern in UTC', () => {
    const daily = new CronSchedule('30 2 * * *');
    expect(daily.dueTick(new Date('2027-06-01T03:00:00.000Z'))?.toISOString()).toBe('2027-06-01T02:30:00.000Z');
  });

  it('does not catch up a tick older than a day', () => {
    const yearly = new CronSchedule('0 0 1 1 *');
    expect(yearly.dueTick(new Date('2027-01-01T20:00:00.000Z'))?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(yearly.dueTick(new Date('2027-01-03T00:00:00.000Z'))).toBeNull();
  });

  it('refuses a pattern that is not cron', () => {
    expect(() => new CronSchedule('every hour')).toThrow();
  });
});

describe('retryDelayMs', () => {
  it('doubles with each attempt when exponential, and stays put when fixed', () => {
    const exponential = { delaySeconds: 30, backoff: 'exponential' as const };
    expect([1, 2, 3, 4].map((attempt) => retryDelayMs(exponential, attempt))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ]);
    expect(retryDelayMs({ delaySeconds: 30, backoff: 'fixed' }, 4)).toBe(30_000);
  });
});
