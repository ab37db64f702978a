import { describe, expect, it } from 'vitest';
import { weekdayOf } from './day-of-week.js';
import { simulateMedianSeries, simulateRateSeries, TYPICAL_VOLUME_WEEK } from './simulate.js';

const sim = { start: '2026-01-05', days: 140, launchDate: '2026-03-02', seed: 21 };

describe('simulate', () => {
  it('is reproducible from its seed', () => {
    const spec = { kind: 'proportion' as const, key: 'a', baseRate: 0.1, dailyVolume: 5000, dayNoise: 0.05 };
    expect(simulateRateSeries(spec, sim)).toEqual(simulateRateSeries(spec, sim));
    expect(simulateRateSeries(spec, { ...sim, seed: 22 })).not.toEqual(simulateRateSeries(spec, sim));
  });

  it('follows the weekly volume pattern and plants the shift at launch', () => {
    const days = simulateRateSeries(
      { kind: 'proportion', key: 'a', baseRate: 0.1, dailyVolume: 10_000, shift: -0.2 },
      sim,
    );
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const saturday = mean(days.filter((d) => weekdayOf(d.date) === 5).map((d) => d.denominator));
    const tuesday = mean(days.filter((d) => weekdayOf(d.date) === 1).map((d) => d.denominator));
    expect(saturday / tuesday).toBeCloseTo(TYPICAL_VOLUME_WEEK[5] / TYPICAL_VOLUME_WEEK[1], 1);
    const before = days.filter((d) => d.date < sim.launchDate);
    const after = days.filter((d) => d.date >= sim.launchDate);
    expect(before.every((d) => d.expectedRate === 0.1)).toBe(true);
    expect(after.every((d) => Math.abs(d.expectedRate - 0.08) < 1e-12)).toBe(true);
    const pooled = (rows: typeof days) =>
      rows.reduce((s, d) => s + d.numerator, 0) / rows.reduce((s, d) => s + d.denominator, 0);
    expect(pooled(after) / pooled(before)).toBeCloseTo(0.8, 1);
  });

  it('adds day-level noise beyond binomial counting noise when asked', () => {
    const spread = (noise: number) => {
      const days = simulateRateSeries(
        {
          kind: 'proportion',
          key: 'a',
          baseRate: 0.2,
          dailyVolume: 20_000,
          dayNoise: noise,
          volumeWeek: [1, 1, 1, 1, 1, 1, 1],
        },
        { ...sim, launchDate: '2027-01-01' },
      );
      const rates = days.map((d) => d.numerator / d.denominator);
      const m = rates.reduce((a, b) => a + b, 0) / rates.length;
      return Math.sqrt(rates.reduce((s, r) => s + (r - m) ** 2, 0) / (rates.length - 1)) / m;
    };
    expect(spread(0)).toBeLessThan(0.02); // binomial: √(0.8 / (0.2 · 20 000)) = 1.4%
    expect(spread(0.1)).toBeGreaterThan(0.08);
  });

  it('simulates daily medians with a weekly pattern, a trend and a shift', () => {
    const days = simulateMedianSeries(
      {
        kind: 'median',
        key: 'm',
        baseMedian: 6,
        dayNoise: 0,
        trendPerDay: 0.01,
        shift: -0.1,
        week: [1, 1, 1, 1, 1, 2, 2],
      },
      sim,
    );
    const launch = days.find((d) => d.date === sim.launchDate)!;
    expect(launch.median).toBeCloseTo(6 * 0.9, 10); // t = 0 on a Monday
    const saturday = days.find((d) => d.date === '2026-03-07')!;
    expect(saturday.median).toBeCloseTo(6 * 1.05 * 2 * 0.9, 10);
  });
});
