import { describe, expect, it } from 'vitest';
import { alignmentCycle, alignmentPeriodProblem, checkInDue, daysSince, fiscalYearKeyOf } from './okr-rules.js';

describe('alignmentPeriodProblem', () => {
  it('lets an objective align to one in the same period or the enclosing fiscal year', () => {
    expect(alignmentPeriodProblem('FY2027-Q2', 'FY2027-Q2')).toBeNull();
    expect(alignmentPeriodProblem('FY2027-Q2', 'FY2027')).toBeNull();
    expect(alignmentPeriodProblem('FY2027', 'FY2027')).toBeNull();
  });
  it('refuses another quarter, another year, and a year aligned to a quarter', () => {
    expect(alignmentPeriodProblem('FY2027-Q2', 'FY2027-Q1')).toBe(
      'A FY27 Q2 objective aligns to one in FY27 Q2 or FY27, not FY27 Q1',
    );
    expect(alignmentPeriodProblem('FY2027-Q2', 'FY2026')).toBe(
      'A FY27 Q2 objective aligns to one in FY27 Q2 or FY27, not FY26',
    );
    expect(alignmentPeriodProblem('FY2027', 'FY2027-Q1')).toBe('A FY27 objective aligns to one in FY27, not FY27 Q1');
  });
  it('knows the fiscal year of a key', () => {
    expect(fiscalYearKeyOf('FY2027-Q3')).toBe('FY2027');
    expect(fiscalYearKeyOf('FY2027')).toBe('FY2027');
  });
});

describe('alignmentCycle', () => {
  const parents: Record<string, string | null> = { a: null, b: 'a', c: 'b', d: null };
  const parentOf = (id: string) => parents[id] ?? null;
  it('finds the loop a new parent would close, named from the objective', () => {
    // a → c would make c → b → a → c
    expect(alignmentCycle('a', 'c', parentOf)).toEqual(['a', 'c', 'b', 'a']);
    expect(alignmentCycle('b', 'b', parentOf)).toEqual(['b', 'b']);
  });
  it('is null when the new parent is not below the objective', () => {
    expect(alignmentCycle('c', 'd', parentOf)).toBeNull();
    expect(alignmentCycle('d', 'c', parentOf)).toBeNull();
  });
});

describe('checkInDue', () => {
  const base = {
    periodOpen: true,
    periodStart: '2027-04-01',
    createdOn: '2027-03-20',
    today: '2027-04-20',
  };
  it('is due when the last check-in is 7 or more days old', () => {
    expect(checkInDue({ ...base, lastCheckIn: '2027-04-13' })).toBe(true);
    expect(checkInDue({ ...base, lastCheckIn: '2027-04-14' })).toBe(false);
  });
  it('gives a new key result, and a new period, a week before the first check-in is due', () => {
    expect(checkInDue({ ...base, lastCheckIn: null, createdOn: '2027-04-15' })).toBe(false);
    expect(checkInDue({ ...base, lastCheckIn: null, createdOn: '2027-04-13' })).toBe(true);
    expect(checkInDue({ ...base, lastCheckIn: null, today: '2027-04-07' })).toBe(false);
    expect(checkInDue({ ...base, lastCheckIn: null, today: '2027-04-08' })).toBe(true);
  });
  it('is never due before the period starts or once it is closed', () => {
    expect(checkInDue({ ...base, lastCheckIn: null, today: '2027-03-31' })).toBe(false);
    expect(checkInDue({ ...base, lastCheckIn: null, periodOpen: false })).toBe(false);
  });
  it('counts whole days', () => {
    expect(daysSince('2027-04-13', '2027-04-20')).toBe(7);
    expect(daysSince('2027-02-28', '2027-03-01')).toBe(1);
  });
});
