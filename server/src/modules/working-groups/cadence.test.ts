import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/app-error.js';
import { endOf, firstOccurrence, isOccurrence, nextOccurrences, parseCadence, previousOccurrence } from './cadence.js';

const weekly = { rule: 'FREQ=WEEKLY;BYDAY=TU', startsAt: '2026-09-01T15:00:00.000Z', durationMinutes: 45 };

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors?.[0]?.path;
    throw error;
  }
  return undefined;
}

describe('cadence (rrule)', () => {
  it('expands a weekly rule from its start, in UTC', () => {
    const cadence = parseCadence(weekly);
    expect(cadence.summary).toBe('every week on Tuesday');
    expect(nextOccurrences(cadence, new Date('2026-11-26T00:00:00Z'), 3)).toEqual([
      '2026-12-01T15:00:00.000Z',
      '2026-12-08T15:00:00.000Z',
      '2026-12-15T15:00:00.000Z',
    ]);
    expect(previousOccurrence(cadence, new Date('2026-12-01T15:00:00Z'))).toBe('2026-11-24T15:00:00.000Z');
    expect(endOf(cadence, '2026-12-01T15:00:00.000Z')).toBe('2026-12-01T15:45:00.000Z');
  });

  it('knows its occurrences to the minute, and the first one', () => {
    const cadence = parseCadence({
      ...weekly,
      rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH',
      startsAt: '2026-08-20T14:00:00Z',
    });
    expect(firstOccurrence(cadence)).toBe('2026-08-20T14:00:00.000Z');
    expect(isOccurrence(cadence, '2026-09-03T14:00:00.000Z')).toBe(true);
    expect(isOccurrence(cadence, '2026-08-27T14:00:00.000Z')).toBe(false);
    expect(isOccurrence(cadence, '2026-09-03T14:01:00.000Z')).toBe(false);
  });

  it('normalises the rule text (prefix, order) for storage and calendars', () => {
    expect(parseCadence({ ...weekly, rule: 'RRULE:BYDAY=TU;FREQ=WEEKLY' }).rule).toBe('FREQ=WEEKLY;BYDAY=TU');
    expect(parseCadence({ ...weekly, rule: 'FREQ=MONTHLY;BYDAY=1TU' }).rule).toBe('FREQ=MONTHLY;BYDAY=+1TU');
  });

  it.each([
    ['garbage'],
    ['FREQ=FOO'],
    ['BYDAY=TU'],
    ['FREQ=WEEKLY;BYDAY=XX'],
    ['FREQ=HOURLY'],
    ['FREQ=DAILY;COUNT=abc'],
    ['FREQ=WEEKLY;DTSTART=20260101T000000Z'],
  ])('refuses %s, naming cadence.rule', (rule) => {
    expect(fieldOf(() => parseCadence({ ...weekly, rule }))).toBe('body.cadence.rule');
  });
});
