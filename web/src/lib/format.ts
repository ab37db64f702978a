// Dates and times in words, with Intl rather than a date library, so that the first page a person
// loads carries none (dayjs still comes with Mantine's date pickers, in the chunks that use them).

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];

/** "just now", "5 minutes ago", "yesterday", "3 weeks ago", "in 2 days" for a timestamp. */
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

/** "3 hours ago" / "in 2 days". */
export function fromNow(iso: string): string {
  return timeAgo(iso);
}

/** "Mar 4, 2025, 2:05 PM" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return formatMoment(iso);
}

/** "Mar 4, 2025": a calendar day as written (no time-zone shift), or an instant's day where the viewer is. */
export function formatDate(iso: string): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = day ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric' });
}

// Re-exported so that existing imports keep working. A module that only re-exports is left out of
// the bundle (moduleSideEffects: false in vite.config.ts).
export { humanize, initials, plural } from './text';
