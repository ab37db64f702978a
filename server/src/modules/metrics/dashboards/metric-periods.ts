import type { MetricGrain } from '@policyops/contracts';

/** Calendar arithmetic on YYYY-MM-DD strings in UTC: the periods the dashboards and rollups share. */

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `from` to `to`, both included. */
export function dayCount(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

/** The first day of the period holding `day`: itself, its ISO week's Monday, or the 1st of its month. */
export function periodStart(grain: MetricGrain, day: string): string {
  if (grain === 'day') return day;
  if (grain === 'month') return `${day.slice(0, 7)}-01`;
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The last day of the period starting on `start`. */
export function periodEnd(grain: MetricGrain, start: string): string {
  if (grain === 'day') return start;
  if (grain === 'week') return addDays(start, 6);
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + 1, 0);
  return date.toISOString().slice(0, 10);
}
