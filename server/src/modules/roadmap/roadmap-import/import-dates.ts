// Dates in PM-tool exports. Jira writes them in the exporting user's locale, by default d/MMM/yy
// with a time ("11/May/24 03:26 PM"); Asana writes YYYY-MM-DD. The time of day is dropped: the
// roadmap plans in days. Numeric forms like 09/15/2026 are refused rather than guessed (day or month
// first depends on the exporter's locale), and so are month names other than English.

import { dayNumber, isoDate } from '../day-number.js';

export type DateReading = { ok: true; date: string } | { ok: false; message: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const JIRA = /^(\d{1,2})\/([A-Za-z]{3})\/(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The ISO date in a cell, a reason it is not one, or null for an empty cell. */
export function readImportDate(raw: string): DateReading | null {
  const text = raw.trim();
  if (text === '') return null;
  const iso = ISO.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), text);
  const jira = JIRA.exec(text);
  if (jira) {
    const month = MONTHS.indexOf(jira[2]!.toLowerCase()) + 1;
    const year = jira[3]!.length === 2 ? 2000 + Number(jira[3]) : Number(jira[3]);
    if (month > 0) return calendarDate(year, month, Number(jira[1]), text);
  }
  return { ok: false, message: `Not a date we can read: ${text} (use YYYY-MM-DD or the Jira form 15/Sep/26)` };
}

function calendarDate(year: number, month: number, day: number, text: string): DateReading {
  const candidate = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  try {
    return { ok: true, date: isoDate(dayNumber(candidate)) };
  } catch {
    return { ok: false, message: `Not a calendar date: ${text}` };
  }
}
