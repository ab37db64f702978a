import { daysBetween } from '@policyops/contracts';

export { addDays, daysBetween } from '@policyops/contracts';

/**
 * "today", "tomorrow", "in 12 days": a calendar date against the server's today (not the browser's), so the words
 * agree with the states the server resolved.
 */
export function relativeDay(today: string, date: string, locale?: string): string {
  return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(daysBetween(today, date), 'day');
}

/** "Fri, May 22, 2026" for a calendar date, read as a local date (no time-zone shift). */
export function formatDay(date: string, locale?: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return new Date(y, m - 1, d).toLocaleDateString(locale, {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
  });
}

/** "Good morning" and the like, by the hour of the viewer's clock. */
export function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export { formatMoment, timeAgo } from '../../lib/format';
