import { describe, expect, it } from 'vitest';
import { addDays, datesOf, dayNumber, impactWindows, weekdayEffects, weekdayOf } from './day-of-week.js';

describe('day-of-week', () => {
  it('knows the weekday of a date (Monday = 0)', () => {
    expect(weekdayOf('2026-03-02')).toBe(0); // a Monday
    expect(weekdayOf('2026-03-08')).toBe(6);
    expect(weekdayOf('1970-01-01')).toBe(3);
  });

  it('refuses malformed and impossible dates', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError);
    expect(() => dayNumber('2026-3-2')).toThrow(RangeError);
  });

  it('places the windows around launch with a ramp-up, each of whole weeks', () => {
    const w = impactWindows('2026-03-04', { windowDays: 28, rampUpDays: 7 });
    expect(w.pre).toEqual({ start: '2026-02-04', end: '2026-03-03', days: 28 });
    expect(w.rampUp).toEqual({ start: '2026-03-04', end: '2026-03-10', days: 7 });
    expect(w.post).toEqual({ start: '2026-03-11', end: '2026-04-07', days: 28 });
    for (const range of [w.pre, w.post]) {
      const counts = new Array(7).fill(0);
      for (const d of datesOf(range)) counts[weekdayOf(d)] += 1;
      expect(counts).toEqual([4, 4, 4, 4, 4, 4, 4]);
    }
  });

  it('shortens a window to whole weeks and says what was asked', () => {
    const w = impactWindows('2026-03-04', { windowDays: 30, rampUpDays: 0 });
    expect(w.windowDays).toBe(28);
    expect(w.requestedWindowDays).toBe(30);
    expect(w.rampUp).toBeNull();
    expect(w.post.start).toBe('2026-03-04');
    expect(() => impactWindows('2026-03-04', { windowDays: 5 })).toThrow(RangeError);
  });

  it('measures weekday effects relative to the average weekday', () => {
    const rows = Array.from({ length: 14 }, (_, i) => {
      const date = addDays('2026-03-02', i);
      return { date, value: weekdayOf(date) >= 5 ? 12 : 9 };
    });
    const effects = weekdayEffects(rows);
    const average = (5 * 9 + 2 * 12) / 7;
    expect(effects[0]!.relative).toBeCloseTo(9 / average, 10);
    expect(effects[5]!).toMatchObject({ name: 'Saturday', days: 2 });
    expect(effects[5]!.relative).toBeCloseTo(12 / average, 10);
  });
});
