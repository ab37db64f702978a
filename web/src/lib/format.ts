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

// Re-exported so that existing imports keep working. A module that only re-exports is left out of
// the bundle (moduleSideEffects: false in vite.config.ts), so these imports do not load dayjs.
export { humanize, initials, plural } from './text';
