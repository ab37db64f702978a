import rrulePackage from 'rrule';
import { fieldError } from '../../http/app-error.js';

const { RRule, Frequency } = rrulePackage;
type RRuleInstance = InstanceType<typeof RRule>;

/** A parsed cadence: the normalised rule text and the series it expands to. */
export interface ParsedCadence {
  /** The rule as stored and sent to calendars, without the "RRULE:" prefix. */
  rule: string;
  summary: string;
  series: RRuleInstance;
  durationMs: number;
}

const MEETING_FREQUENCIES = new Set([Frequency.YEARLY, Frequency.MONTHLY, Frequency.WEEKLY, Frequency.DAILY]);

/**
 * Parses an RFC 5545 RRULE with the rrule package. Refuses (400 naming `field`) what the package would
 * accept but a meeting series cannot use: no FREQ, sub-daily frequencies (a feed would explode), a
 * DTSTART inside the rule (the series start is its own field), non-numeric COUNT or INTERVAL.
 */
export function parseCadence(
  input: { rule: string; startsAt: string; durationMinutes: number },
  field = 'body.cadence.rule',
): ParsedCadence {
  const text = input.rule.trim().replace(/^RRULE:/i, '');
  let options: ReturnType<typeof RRule.parseString>;
  try {
    if (/\n|DTSTART/i.test(text)) throw new Error('DTSTART belongs in cadence.startsAt');
    options = RRule.parseString(text);
  } catch (error) {
    throw fieldError(field, `Not a recurrence rule the calendar understands: ${(error as Error).message}`);
  }
  if (options.freq === undefined || options.freq === null)
    throw fieldError(field, 'The rule needs a FREQ, e.g. FREQ=WEEKLY;BYDAY=TU');
  if (!MEETING_FREQUENCIES.has(options.freq))
    throw fieldError(field, 'Meetings recur daily at most: use DAILY, WEEKLY, MONTHLY or YEARLY');
  for (const key of ['count', 'interval'] as const) {
    const value = options[key];
    if (value !== undefined && value !== null && !(Number.isInteger(value) && value > 0))
      throw fieldError(field, `${key.toUpperCase()} must be a positive whole number`);
  }
  let series: RRuleInstance;
  try {
    series = new RRule({ ...options, dtstart: new Date(input.startsAt) });
    series.after(new Date(input.startsAt), true);
  } catch (error) {
    throw fieldError(field, `Not a recurrence rule the calendar understands: ${(error as Error).message}`);
  }
  // FREQ first: RFC 5545 allows any order, but some clients read FREQ as the rule's first part.
  const rule = new RRule({ freq: options.freq, ...options }).toString().replace(/^RRULE:/, '');
  return { rule, summary: series.toText(), series, durationMs: input.durationMinutes * 60_000 };
}

/** The next `count` starts at or after `from` (ISO timestamps, UTC). */
export function nextOccurrences(cadence: ParsedCadence, from: Date, count: number): string[] {
  const starts: string[] = [];
  let cursor: Date | null = cadence.series.after(from, true);
  while (cursor && starts.length < count) {
    starts.push(cursor.toISOString());
    cursor = cadence.series.after(cursor, false);
  }
  return starts;
}

/** The latest start before `before`, or null. */
export function previousOccurrence(cadence: ParsedCadence, before: Date): string | null {
  return cadence.series.before(before, false)?.toISOString() ?? null;
}

/** True when `start` is one of the series' starts (to the millisecond). */
export function isOccurrence(cadence: ParsedCadence, start: string): boolean {
  const at = new Date(start);
  return cadence.series.after(at, true)?.getTime() === at.getTime();
}

/** The first start of the series (the calendar's DTSTART), or null when the rule yields none. */
export function firstOccurrence(cadence: ParsedCadence): string | null {
  return cadence.series.after(cadence.series.options.dtstart, true)?.toISOString() ?? null;
}

export const endOf = (cadence: ParsedCadence, start: string): string =>
  new Date(new Date(start).getTime() + cadence.durationMs).toISOString();
