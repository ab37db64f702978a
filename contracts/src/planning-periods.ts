// Fiscal years and quarters, computed in one place for the server and the web app (no zod here, so
// the web app can label a period without loading zod).
//
// A fiscal year is named by the calendar year in which it ends, as most companies with a non-January
// year do: with a July start, FY27 runs from 2026-07-01 to 2027-06-30. With a January start the fiscal
// year is the calendar year. Quarters are three months each, Q1 starting in the start month.

/** 1 = January … 12 = December. */
export type MonthNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

export interface FiscalYear {
  /** The calendar year in which the fiscal year ends (FY27 → 2027). */
  year: number;
  start: string;
  /** Last day, inclusive. */
  end: string;
}

export interface FiscalQuarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
  start: string;
  /** Last day, inclusive. */
  end: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const isoDate = (year: number, month: number, day: number) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month `offset` months after (year, month), as [year, month]. */
function addMonths(year: number, month: number, offset: number): [number, number] {
  const index = year * 12 + (month - 1) + offset;
  return [Math.floor(index / 12), (index % 12) + 1];
}

function parseIsoDate(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a date as YYYY-MM-DD: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function assertStartMonth(startMonth: number): asserts startMonth is MonthNumber {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new RangeError(`A fiscal year starts in a month 1-12, not ${startMonth}`);
}

/** The span of fiscal year `year` (named by the year it ends in) for a workspace starting in `startMonth`. */
export function fiscalYear(year: number, startMonth: number): FiscalYear {
  assertStartMonth(startMonth);
  const startYear = startMonth === 1 ? year : year - 1;
  const [endYear, endMonth] = addMonths(startYear, startMonth, 11);
  return {
    year,
    start: isoDate(startYear, startMonth, 1),
    end: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/** Quarter `quarter` (1–4) of fiscal year `year`. */
export function fiscalQuarter(year: number, quarter: 1 | 2 | 3 | 4, startMonth: number): FiscalQuarter {
  const fy = fiscalYear(year, startMonth);
  const [fyStartYear, fyStartMonth] = parseIsoDate(fy.start);
  const [startYear, startMonthOfQuarter] = addMonths(fyStartYear, fyStartMonth, (quarter - 1) * 3);
  const [endYear, endMonth] = addMonths(startYear, startMonthOfQuarter, 2);
  return {
    year,
    quarter,
    start: isoDate(startYear, startMonthOfQuarter, 1),
    end: isoDate(endYear, endMonth, daysInMonth(endYear, endMonth)),
  };
}

/** The fiscal quarter a calendar date falls in. */
export function fiscalQuarterOf(date: string, startMonth: number): FiscalQuarter {
  assertStartMonth(startMonth);
  const [year, month] = parseIsoDate(date);
  const monthsIntoYear = (month - startMonth + 12) % 12;
  const fiscalYearNumber = startMonth === 1 || month < startMonth ? year : year + 1;
  const quarter = (Math.floor(monthsIntoYear / 3) + 1) as 1 | 2 | 3 | 4;
  return fiscalQuarter(fiscalYearNumber, quarter, startMonth);
}

/** The fiscal year a calendar date falls in. */
export function fiscalYearOf(date: string, startMonth: number): FiscalYear {
  return fiscalYear(fiscalQuarterOf(date, startMonth).year, startMonth);
}

/** The four quarters of a fiscal year, in order. */
export function quartersOf(year: number, startMonth: number): FiscalQuarter[] {
  return ([1, 2, 3, 4] as const).map((q) => fiscalQuarter(year, q, startMonth));
}

/** "FY27": the two-digit form planners write. */
export function fiscalYearLabel(year: number): string {
  return `FY${pad(year % 100)}`;
}

/** "FY27 Q2". */
export function fiscalQuarterLabel(period: { year: number; quarter: number }): string {
  return `${fiscalYearLabel(period.year)} Q${period.quarter}`;
}

/** A period key as the API writes it: "FY2027" for a year, "FY2027-Q2" for a quarter. */
export type PeriodKey = `FY${number}` | `FY${number}-Q${1 | 2 | 3 | 4}`;

export const PERIOD_KEY_PATTERN = /^FY(\d{4})(?:-Q([1-4]))?$/;

export function periodKey(period: { year: number; quarter?: number | null }): PeriodKey {
  return (period.quarter ? `FY${period.year}-Q${period.quarter}` : `FY${period.year}`) as PeriodKey;
}

/** Reads "FY2027" or "FY2027-Q2"; null when the text is neither. */
export function parsePeriodKey(key: string): { year: number; quarter: 1 | 2 | 3 | 4 | null } | null {
  const match = PERIOD_KEY_PATTERN.exec(key);
  if (!match) return null;
  return { year: Number(match[1]), quarter: match[2] ? (Number(match[2]) as 1 | 2 | 3 | 4) : null };
}

/** The span of a period key for a workspace starting in `startMonth`; null when the key is not one. */
export function periodSpan(key: string, startMonth: number): { start: string; end: string } | null {
  const parsed = parsePeriodKey(key);
  if (!parsed) return null;
  const span = parsed.quarter
    ? fiscalQuarter(parsed.year, parsed.quarter, startMonth)
    : fiscalYear(parsed.year, startMonth);
  return { start: span.start, end: span.end };
}

/** "FY27 Q2" or "FY27" for a period key. */
export function periodLabel(key: string): string {
  const parsed = parsePeriodKey(key);
  if (!parsed) return key;
  return parsed.quarter
    ? fiscalQuarterLabel({ year: parsed.year, quarter: parsed.quarter })
    : fiscalYearLabel(parsed.year);
}
