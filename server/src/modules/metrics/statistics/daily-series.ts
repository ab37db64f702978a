import { dayNumber, inRange, weekdayOf, type DayRange } from './day-of-week.js';

/** One day of a metric as a single value: a day's rate, or a day's median time to action. */
export interface DailyValue {
  date: string;
  value: number;
}

/** A day of a series placed on the analysis' time axis. */
export interface TimedValue extends DailyValue {
  /** Days since launch (negative before it). */
  t: number;
  weekday: number;
  post: boolean;
}

/**
 * The days of a series that fall in the pre or post window, in date order, with their position on
 * the time axis. Days with a non-finite value (a rate with no denominator) are dropped.
 */
export function placeOnAxis(
  values: readonly DailyValue[],
  launchDate: string,
  pre: DayRange,
  post: DayRange,
): TimedValue[] {
  const launch = dayNumber(launchDate);
  return values
    .filter((v) => Number.isFinite(v.value) && (inRange(v.date, pre) || inRange(v.date, post)))
    .map((v) => ({
      ...v,
      t: dayNumber(v.date) - launch,
      weekday: weekdayOf(v.date),
      post: inRange(v.date, post),
    }))
    .sort((a, b) => a.t - b.t);
}

/** Weekdays present, in order; the first is the reference level of the weekday indicators. */
export function weekdaysPresent(rows: readonly TimedValue[]): number[] {
  return [...new Set(rows.map((r) => r.weekday))].sort((a, b) => a - b);
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}
