import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar-days.js';

describe('calendar days', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts whole days either way', () => {
    expect(daysBetween('2026-12-01', '2026-12-11')).toBe(10);
    expect(daysBetween('2027-01-01', '2026-12-01')).toBe(-31);
  });
});
