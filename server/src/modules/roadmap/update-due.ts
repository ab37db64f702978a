import {
  STATUSES_EXPECTING_UPDATES,
  type InitiativeHealth,
  type InitiativeStatus,
  type UpdateCadence,
} from '@policyops/contracts';
import { addDays, daysBetween } from '../../platform/clock.js';

/**
 * When health updates are due. Each cadence has due days: every `weekday` (weekly), every other one
 * counted from the first on or after the anchor (biweekly), or the first `weekday` of each month
 * (monthly). The window of a due day runs from the day after the previous due day (the anchor, for
 * the first) up to and including it; one update posted anywhere in that window covers it. So the next
 * update is due on the first due day whose window holds no update yet, and it is overdue once that
 * day has come.
 */
export interface CadenceSchedule {
  cadence: UpdateCadence;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** The day the schedule counts from (the initiative's creation day), YYYY-MM-DD. */
  anchor: string;
}

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const later = (a: string, b: string) => (a > b ? a : b);

/** The first `weekday` on or after `date`. */
function weekdayOnOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/** The first `weekday` of the month that `date` falls in. */
function firstWeekdayOfMonth(date: string, weekday: number): string {
  return weekdayOnOrAfter(`${date.slice(0, 7)}-01`, weekday);
}

function firstDayOfNextMonth(date: string): string {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  const next = month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${String(next[0]).padStart(4, '0')}-${String(next[1]).padStart(2, '0')}-01`;
}

/** The first due day on or after `date` (never before the anchor). */
function firstDueOnOrAfter(schedule: CadenceSchedule, date: string): string {
  const from = later(date, schedule.anchor);
  switch (schedule.cadence) {
    case 'weekly':
      return weekdayOnOrAfter(from, schedule.weekday);
    case 'biweekly': {
      const base = weekdayOnOrAfter(schedule.anchor, schedule.weekday);
      const gap = daysBetween(base, from);
      return gap <= 0 ? base : addDays(base, Math.ceil(gap / 14) * 14);
    }
    case 'monthly': {
      const inMonth = firstWeekdayOfMonth(from, schedule.weekday);
      return inMonth >= from ? inMonth : firstWeekdayOfMonth(firstDayOfNextMonth(from), schedule.weekday);
    }
  }
}

/** The due day after the due day `day`. */
function dueAfter(schedule: CadenceSchedule, day: string): string {
  switch (schedule.cadence) {
    case 'weekly':
      return addDays(day, 7);
    case 'biweekly':
      return addDays(day, 14);
    case 'monthly':
      return firstWeekdayOfMonth(firstDayOfNextMonth(day), schedule.weekday);
  }
}

/**
 * The day the next health update is due, given the day of the latest one (null: none yet): the first
 * due day whose window holds no update. Throws nothing.
 */
export function nextUpdateDue(schedule: CadenceSchedule, lastUpdateOn: string | null): string {
  const first = firstDueOnOrAfter(schedule, schedule.anchor);
  if (lastUpdateOn === null || lastUpdateOn < schedule.anchor) return first;
  // The due day whose window holds the latest update is covered; the one after it is next.
  return dueAfter(schedule, firstDueOnOrAfter(schedule, lastUpdateOn));
}

export interface ScheduleRow extends CadenceSchedule {
  status: InitiativeStatus;
  lastUpdateOn: string | null;
  health: InitiativeHealth | null;
  /** As stored: nextUpdateDue of the cadence and the latest update. */
  nextDueOn: string;
}

/** The update schedule as replies show it, read on `today`: due only while the initiative is in progress. */
export function updateScheduleOf(row: ScheduleRow, today: string) {
  const expecting = STATUSES_EXPECTING_UPDATES.includes(row.status);
  return {
    cadence: row.cadence,
    weekday: row.weekday,
    lastUpdateOn: row.lastUpdateOn,
    health: row.health,
    due: expecting && row.nextDueOn <= today,
    nextDueOn: expecting ? row.nextDueOn : null,
  };
}
