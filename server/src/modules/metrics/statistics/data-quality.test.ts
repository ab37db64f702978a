import { describe, expect, it } from 'vitest';
import { checkDataQuality, type DayVolume } from './data-quality.js';
import { addDays, datesOf, impactWindows, weekdayOf } from './day-of-week.js';

const LAUNCH = '2026-03-02';
const windows = impactWindows(LAUNCH, { windowDays: 28, rampUpDays: 7 });
const allDays = (): DayVolume[] =>
  [...datesOf(windows.pre), ...datesOf(windows.post)].map((date, i) => ({
    date,
    volume: (weekdayOf(date) >= 5 ? 800 : 1000) * (1 + 0.02 * Math.sin(i)),
  }));

describe('checkDataQuality', () => {
  it('has nothing to say about complete, steady data', () => {
    const r = checkDataQuality(allDays(), windows, LAUNCH);
    expect(r.warnings).toEqual([]);
    expect(r.insufficientData).toBeNull();
    expect(r.daysPresent).toEqual({ pre: 28, post: 28 });
  });

  it('lists missing days, counting a day with no volume as missing', () => {
    const days = allDays().filter((d) => d.date !== '2026-02-10');
    days[0] = { ...days[0]!, volume: 0 };
    const r = checkDataQuality(days, windows, LAUNCH);
    expect(r.warnings[0]).toMatchObject({ code: 'missing_days', dates: [days[0]!.date, '2026-02-10'] });
  });

  it('flags a day far outside its weekday band, and a volume break between windows', () => {
    const days = allDays().map((d) => (d.date === '2026-02-11' ? { ...d, volume: 3000 } : d));
    expect(checkDataQuality(days, windows, LAUNCH).warnings).toEqual([
      expect.objectContaining({ code: 'volume_outlier', dates: ['2026-02-11'] }),
    ]);
    const doubled = allDays().map((d) => (d.date >= windows.post.start ? { ...d, volume: d.volume! * 2 } : d));
    const codes = checkDataQuality(doubled, windows, LAUNCH).warnings.map((w) => w.code);
    expect(codes).toContain('volume_break');
  });

  it('warns about another launch of the policy inside the windows, not outside', () => {
    const r = checkDataQuality(allDays(), windows, LAUNCH, {
      otherLaunchDates: [LAUNCH, '2026-03-20', '2025-12-01'],
    });
    expect(r.warnings).toEqual([expect.objectContaining({ code: 'overlapping_launch', dates: ['2026-03-20'] })]);
  });

  it('refuses a verdict on too little data, saying why', () => {
    const days = allDays().filter((d) => d.date < addDays(windows.post.start, 10));
    const r = checkDataQuality(days, windows, LAUNCH);
    expect(r.insufficientData).toMatch(/Too little data: 28 days before and 10 days after/);
  });

  it('says when the windows were shortened to whole weeks', () => {
    const w = impactWindows(LAUNCH, { windowDays: 30 });
    const r = checkDataQuality(allDays(), w, LAUNCH);
    expect(r.warnings.map((x) => x.code)).toContain('window_shortened');
  });
});
