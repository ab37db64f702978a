import { describe, expect, it } from 'vitest';
import { nextUpdateDue, updateScheduleOf } from './update-due.js';

// 2026-01-05 is a Monday; 2026-01-09 a Friday. First Mondays of 2026: Jan 5, Feb 2, Mar 2.
const weeklyFriday = { cadence: 'weekly', weekday: 5, anchor: '2026-01-05' } as const;
const biweeklyFriday = { cadence: 'biweekly', weekday: 5, anchor: '2026-01-05' } as const;
const monthlyMonday = { cadence: 'monthly', weekday: 1, anchor: '2026-01-05' } as const;

describe('nextUpdateDue', () => {
  it('is the first cadence day on or after the anchor while nothing was posted', () => {
    expect(nextUpdateDue(weeklyFriday, null)).toBe('2026-01-09');
    expect(nextUpdateDue({ ...weeklyFriday, anchor: '2026-01-10' }, null)).toBe('2026-01-16');
    expect(nextUpdateDue({ ...weeklyFriday, anchor: '2026-01-09' }, null)).toBe('2026-01-09');
    expect(nextUpdateDue(monthlyMonday, null)).toBe('2026-01-05');
  });

  it('counts an update posted in the window up to a due day for that day', () => {
    // Wednesday before the first Friday covers it; the next one is due a week later.
    expect(nextUpdateDue(weeklyFriday, '2026-01-07')).toBe('2026-01-16');
    // On the day itself.
    expect(nextUpdateDue(weeklyFriday, '2026-01-09')).toBe('2026-01-16');
    // A late one (Saturday) falls in the window (Jan 9, Jan 16]: it covers Jan 16, so Jan 23 is next.
    expect(nextUpdateDue(weeklyFriday, '2026-01-10')).toBe('2026-01-23');
  });

  it('steps two weeks from the first cadence day for biweekly schedules', () => {
    expect(nextUpdateDue(biweeklyFriday, null)).toBe('2026-01-09');
    expect(nextUpdateDue(biweeklyFriday, '2026-01-09')).toBe('2026-01-23');
    // Jan 12 is in (Jan 9, Jan 23]: covers Jan 23; next is Feb 6.
    expect(nextUpdateDue(biweeklyFriday, '2026-01-12')).toBe('2026-02-06');
  });

  it('uses the first such weekday of each month for monthly schedules', () => {
    expect(nextUpdateDue(monthlyMonday, '2026-01-05')).toBe('2026-02-02');
    expect(nextUpdateDue(monthlyMonday, '2026-01-20')).toBe('2026-03-02');
    // Anchored mid-month: the first Monday of January is before the anchor, so February's is first.
    expect(nextUpdateDue({ ...monthlyMonday, anchor: '2026-01-06' }, null)).toBe('2026-02-02');
  });

  it('treats an update from before the anchor as no update', () => {
    expect(nextUpdateDue(weeklyFriday, '2026-01-01')).toBe('2026-01-09');
  });
});

describe('updateScheduleOf', () => {
  const row = { ...weeklyFriday, lastUpdateOn: null, health: null, nextDueOn: '2026-01-09' };

  it('is due from the due day on, while in progress', () => {
    expect(updateScheduleOf({ ...row, status: 'in_progress' }, '2026-01-08')).toMatchObject({
      due: false,
      nextDueOn: '2026-01-09',
    });
    expect(updateScheduleOf({ ...row, status: 'in_progress' }, '2026-01-09')).toMatchObject({ due: true });
    expect(updateScheduleOf({ ...row, status: 'in_progress' }, '2026-02-01')).toMatchObject({
      due: true,
      nextDueOn: '2026-01-09',
    });
  });

  it('expects nothing of initiatives that are not in progress', () => {
    for (const status of ['proposed', 'planned', 'paused', 'done', 'cancelled'] as const)
      expect(updateScheduleOf({ ...row, status }, '2026-02-01')).toMatchObject({ due: false, nextDueOn: null });
  });
});
