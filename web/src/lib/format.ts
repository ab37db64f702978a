import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import localizedFormat from 'dayjs/plugin/localizedFormat';

dayjs.extend(relativeTime);
dayjs.extend(localizedFormat);

/** "3 hours ago" / "in 2 days". */
export function fromNow(iso: string): string {
  return dayjs(iso).fromNow();
}

/** "Mar 4, 2025 2:05 PM" in the viewer's time zone. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('lll');
}

/** "Mar 4, 2025". */
export function formatDate(iso: string): string {
  return dayjs(iso).format('ll');
}

/** Turns `api_token` or `policyVersions` into "Api token" / "Policy versions". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Initials for avatars: "Ada Lovelace" -> "AL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? '';
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase() || '?';
}

/** "1 person" / "3 people" style pluralisation. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}
