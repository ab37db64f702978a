// Calendar-day arithmetic on YYYY-MM-DD dates, for the server and the web app alike (no zod here).
// Dates have no time of day and are read as UTC days, so a day is always 24 hours.

const DAY_MS = 86_400_000;

/** The calendar date `days` after (negative: before) a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from one YYYY-MM-DD date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
