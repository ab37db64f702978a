// Calendar-day arithmetic for the timeline (UTC days; the roadmap has no time of day).
const DAY_MS = 86_400_000;

export const toDay = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const toIso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => toIso(toDay(iso) + days);

const SHORT = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const MONTH = new Intl.DateTimeFormat('en-US', { month: 'short', timeZone: 'UTC' });

/** "Feb 3". */
export const shortDay = (iso: string) => SHORT.format(new Date(toDay(iso) * DAY_MS));

export interface Column {
  label: string;
  start: string;
  end: string;
}

/** The months from `start` to `end` (inclusive), as columns. */
export function monthsOf(start: string, end: string): Column[] {
  const out: Column[] = [];
  let [y, m] = start.split('-').map(Number) as [number, number];
  for (;;) {
    const first = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
    if (first > end) break;
    const last = toIso(Math.round(Date.UTC(y, m, 1) / DAY_MS) - 1);
    out.push({ label: MONTH.format(new Date(Date.UTC(y, m - 1, 1))), start: first, end: last });
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Maps days of the year to pixels: `x(iso)` is the left edge of that day. */
export function scaleOf(start: string, end: string, width: number) {
  const first = toDay(start);
  const days = toDay(end) - first + 1;
  const perDay = width / days;
  return {
    days,
    perDay,
    x: (iso: string) => (toDay(iso) - first) * perDay,
    clampX: (iso: string) => Math.max(0, Math.min(width, (toDay(iso) - first) * perDay)),
  };
}
export type Scale = ReturnType<typeof scaleOf>;
