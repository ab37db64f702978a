import { describe, expect, it } from 'vitest';
import { effectiveSentence, longDate } from './changelog-text';

const version = { id: 'v', label: '1.1', effectiveDate: '2027-01-15', marketDates: [], state: 'scheduled' as const };

describe('public changelog wording', () => {
  it('writes dates day, month in words, year, whatever the time zone', () => {
    expect(longDate('2027-01-15')).toBe('15 January 2027');
    expect(longDate('2026-12-31')).toBe('31 December 2026');
  });

  it('says whether a version takes or took effect, and introduces the markets with dates of their own', () => {
    expect(effectiveSentence(version)).toBe('Takes effect 15 January 2027');
    expect(effectiveSentence({ ...version, state: 'live' })).toBe('Took effect 15 January 2027');
    expect(
      effectiveSentence({
        ...version,
        marketDates: [{ marketCode: 'DE', marketName: 'Germany', effectiveDate: '2027-03-01' }],
      }),
    ).toBe('Takes effect 15 January 2027, except in:');
    expect(effectiveSentence({ ...version, effectiveDate: null })).toBe('Effective date not set');
  });
});
