import type { Page } from '@playwright/test';
import type { TestClock } from '@policyops/contracts';
import type { ApiSession } from './api-session.js';

const DAY_MS = 86_400_000;

/**
 * The server's date, as the server takes it (TEST_CLOCK=1 only): `today` YYYY-MM-DD, or null for the machine's date.
 * Admins only. Every state the server derives (scheduled, live, superseded) follows it at once.
 */
export function setServerToday(admin: ApiSession, today: string | null): Promise<TestClock> {
  return admin.put<TestClock>('/api/test/clock', { today });
}

/** The calendar date `days` after a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Time passing for everyone: the server's clock and the browser's move on by the same whole days (time of day keeps
 * running on both), as they would overnight. The page's clock must have been installed before it loaded
 * (`page.clock.install()`); pages read the new date when they next load.
 */
export async function passDays(admin: ApiSession, pages: Page[], machineToday: string, days: number): Promise<void> {
  await setServerToday(admin, addDays(machineToday, days));
  for (const page of pages) await page.clock.setSystemTime(Date.now() + days * DAY_MS);
}
