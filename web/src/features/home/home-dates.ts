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

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/**
 * "just now", "5 minutes ago", "yesterday", "3 weeks ago" for a timestamp. Intl rather than dayjs, so that the
 * first page a person loads carries no date library.
 */
export function timeAgo(iso: string, now = Date.now(), locale?: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000);
  if (Number.isNaN(seconds)) return iso;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS)
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return 'just now';
}

/** "May 12, 2026, 2:05 PM" in the viewer's time zone. */
export function formatMoment(iso: string, locale?: string): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
