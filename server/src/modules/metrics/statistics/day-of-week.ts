/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD, UTC days) and the weekday-aware pre/post windows of
 * an impact analysis. Enforcement figures follow a strong weekly cycle (weekend queues, weekday
 * staffing), so a window that held three Mondays and four Saturdays would compare weekday mixes,
 * not policy versions: both windows therefore cover whole weeks, and hold each weekday equally often.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Days since 1970-01-01 for an ISO date; throws RangeError on a malformed or impossible date. */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`Not a calendar date: ${date}`);
  }
  return Math.round(ms / DAY_MS);
}

/** The ISO date of a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** Weekday of an ISO date, 0 = Monday … 6 = Sunday (ISO 8601 order). */
export function weekdayOf(date: string): number {
  // 1970-01-01 was a Thursday (index 3).
  return (((dayNumber(date) + 3) % 7) + 7) % 7;
}

/** An inclusive range of days. */
export interface DayRange {
  start: string;
  end: string;
  days: number;
}

export interface ImpactWindows {
  /** The days before launch that the analysis compares against. */
  pre: DayRange;
  /** Days after launch left out while the new version beds in; null when there is no ramp-up. */
  rampUp: DayRange | null;
  post: DayRange;
  /** Window length actually used (whole weeks). */
  windowDays: number;
  rampUpDays: number;
  /** Set when the requested length was not whole weeks and was shortened. */
  requestedWindowDays: number;
}

export interface WindowOptions {
  /** Days per window; rounded down to whole weeks. Default 28. */
  windowDays?: number;
  /** Days skipped after launch before the post window starts. Default 7. */
  rampUpDays?: number;
}

export const DEFAULT_WINDOW_DAYS = 28;
export const DEFAULT_RAMP_UP_DAYS = 7;

function range(start: number, days: number): DayRange {
  return { start: isoDate(start), end: isoDate(start + days - 1), days };
}

/**
 * The pre window ends the day before launch; the post window starts after the ramp-up. Both have
 * the same whole number of weeks, so each weekday appears the same number of times in each.
 */
export function impactWindows(launchDate: string, options: WindowOptions = {}): ImpactWindows {
  const requested = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  const rampUpDays = options.rampUpDays ?? DEFAULT_RAMP_UP_DAYS;
  if (!Number.isInteger(requested) || requested < 7) {
    throw new RangeError(`windowDays must be an integer of at least 7, got ${requested}`);
  }
  if (!Number.isInteger(rampUpDays) || rampUpDays < 0) {
    throw new RangeError(`rampUpDays must be a non-negative integer, got ${rampUpDays}`);
  }
  const windowDays = Math.floor(requested / 7) * 7;
  const launch = dayNumber(launchDate);
  return {
    pre: range(launch - windowDays, windowDays),
    rampUp: rampUpDays > 0 ? range(launch, rampUpDays) : null,
    post: range(launch + rampUpDays, windowDays),
    windowDays,
    rampUpDays,
    requestedWindowDays: requested,
  };
}

/** Every date of a range, in order. */
export function datesOf(range: DayRange): string[] {
  const start = dayNumber(range.start);
  return Array.from({ length: range.days }, (_, i) => isoDate(start + i));
}

export function inRange(date: string, range: DayRange): boolean {
  return date >= range.start && date <= range.end;
}

export interface WeekdayEffect {
  weekday: number;
  name: (typeof WEEKDAY_NAMES)[number];
  days: number;
  mean: number;
  /** mean / mean of the weekday means: 1.10 means this weekday runs 10% above a typical day. */
  relative: number;
}

/**
 * Mean value per weekday and its ratio to the average weekday, for showing the weekly cycle beside
 * an analysis (the ratios are descriptive; the models adjust for weekdays themselves).
 */
export function weekdayEffects(rows: ReadonlyArray<{ date: string; value: number }>): WeekdayEffect[] {
  const sums = new Array<number>(7).fill(0);
  const counts = new Array<number>(7).fill(0);
  for (const row of rows) {
    if (!Number.isFinite(row.value)) continue;
    const w = weekdayOf(row.date);
    sums[w]! += row.value;
    counts[w]! += 1;
  }
  const means = sums.map((s, w) => (counts[w]! > 0 ? s / counts[w]! : Number.NaN));
  const present = means.filter((m) => Number.isFinite(m));
  const grand = present.reduce((a, b) => a + b, 0) / present.length;
  return means.map((mean, weekday) => ({
    weekday,
    name: WEEKDAY_NAMES[weekday]!,
    days: counts[weekday]!,
    mean,
    relative: mean / grand,
  }));
}
