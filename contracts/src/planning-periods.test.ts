import { describe, expect, it } from 'vitest';
import {
  fiscalQuarter,
  fiscalQuarterLabel,
  fiscalQuarterOf,
  fiscalYear,
  fiscalYearOf,
  parsePeriodKey,
  periodLabel,
  periodSpan,
  quartersOf,
} from './planning-periods.js';

describe('planning periods', () => {
  it('names a July-start fiscal year by the year it ends in', () => {
    expect(fiscalYear(2027, 7)).toEqual({ year: 2027, start: '2026-07-01', end: '2027-06-30' });
    expect(fiscalYearOf('2026-07-01', 7).year).toBe(2027);
    expect(fiscalYearOf('2026-06-30', 7).year).toBe(2026);
  });

  it('makes a January-start fiscal year the calendar year', () => {
    expect(fiscalYear(2027, 1)).toEqual({ year: 2027, start: '2027-01-01', end: '2027-12-31' });
    expect(fiscalQuarterOf('2027-12-31', 1)).toMatchObject({ year: 2027, quarter: 4, start: '2027-10-01' });
  });

  it('cuts quarters of three months from the start month, across the calendar year', () => {
    expect(quartersOf(2027, 11).map((q) => [q.start, q.end])).toEqual([
      ['2026-11-01', '2027-01-31'],
      ['2027-02-01', '2027-04-30'],
      ['2027-05-01', '2027-07-31'],
      ['2027-08-01', '2027-10-31'],
    ]);
    expect(fiscalQuarter(2028, 1, 3)).toMatchObject({ start: '2027-03-01', end: '2027-05-31' });
  });

  it('ends February on its last day in leap years', () => {
    expect(fiscalQuarter(2028, 2, 12)).toMatchObject({ start: '2028-03-01', end: '2028-05-31' });
    expect(fiscalQuarter(2028, 1, 12)).toMatchObject({ start: '2027-12-01', end: '2028-02-29' });
  });

  it('puts every day of a year in exactly one quarter of the right fiscal year', () => {
    for (const startMonth of [1, 2, 4, 7, 10, 12]) {
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(2027, 0, 1 + day)).toISOString().slice(0, 10);
        const q = fiscalQuarterOf(date, startMonth);
        expect(q.start <= date && date <= q.end).toBe(true);
        const fy = fiscalYear(q.year, startMonth);
        expect(fy.start <= date && date <= fy.end).toBe(true);
      }
    }
  });

  it('labels and parses periods', () => {
    expect(fiscalQuarterLabel({ year: 2027, quarter: 2 })).toBe('FY27 Q2');
    expect(periodLabel('FY2027-Q2')).toBe('FY27 Q2');
    expect(periodLabel('FY2030')).toBe('FY30');
    expect(parsePeriodKey('FY2027-Q5')).toBeNull();
    expect(parsePeriodKey('2027-Q1')).toBeNull();
    expect(periodSpan('FY2027-Q1', 7)).toEqual({ start: '2026-07-01', end: '2026-09-30' });
  });

  it('refuses a start month outside 1-12', () => {
    expect(() => fiscalYear(2027, 13)).toThrow(RangeError);
    expect(() => fiscalQuarterOf('2027-01-01', 0)).toThrow(RangeError);
  });
});
