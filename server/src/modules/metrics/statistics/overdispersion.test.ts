import { describe, expect, it } from 'vitest';
import { addDays } from './day-of-week.js';
import { dayLevelBootstrapDifference, dispersionCheck, type DailyCounts } from './overdispersion.js';
import { simulateRateSeries } from './simulate.js';

const sim = { start: '2026-02-02', days: 28, launchDate: '2026-03-30', seed: 3 };

describe('dispersionCheck', () => {
  it('computes Pearson X² against one rate per weekday, by hand', () => {
    // Two Mondays of one window: 10/100 and 30/100; p̂ = 0.2, expected 20 each,
    // X² = 2 · 10² / (20 · 0.8) = 12.5 on 1 df.
    const days: DailyCounts[] = [
      { date: '2026-03-02', numerator: 10, denominator: 100 },
      { date: '2026-03-09', numerator: 30, denominator: 100 },
    ];
    const r = dispersionCheck([days]);
    expect(r.chiSquare).toBeCloseTo(12.5, 10);
    expect(r.degreesOfFreedom).toBe(1);
    expect(r.pValue).toBeCloseTo(0.000407, 5);
    expect(r.overdispersed).toBe(true);
  });

  it('finds binomial days binomial and beta-binomial days overdispersed', () => {
    const binomial = simulateRateSeries({ kind: 'proportion', key: 'a', baseRate: 0.2, dailyVolume: 2000 }, sim);
    const noisy = simulateRateSeries(
      { kind: 'proportion', key: 'a', baseRate: 0.2, dailyVolume: 2000, dayNoise: 0.08 },
      sim,
    );
    const plain = dispersionCheck([binomial]);
    expect(plain.ratio).toBeGreaterThan(0.5);
    expect(plain.ratio).toBeLessThan(1.6);
    expect(plain.overdispersed).toBe(false);
    expect(dispersionCheck([noisy]).ratio).toBeGreaterThan(3);
    expect(dispersionCheck([noisy]).overdispersed).toBe(true);
  });

  it('does not mistake a weekly cycle for overdispersion', () => {
    const weekly = simulateRateSeries(
      { kind: 'proportion', key: 'a', baseRate: 0.2, dailyVolume: 5000, rateWeek: [1, 1, 1, 1, 1, 1.3, 1.3] },
      sim,
    );
    expect(dispersionCheck([weekly]).overdispersed).toBe(false);
  });
});

describe('dayLevelBootstrapDifference', () => {
  const window = (start: string, rates: number[]): DailyCounts[] =>
    rates.map((r, i) => ({ date: addDays(start, i), numerator: Math.round(r * 1000), denominator: 1000 }));

  it('estimates the pooled difference and is reproducible from its seed', () => {
    const before = window('2026-02-02', [0.2, 0.22, 0.18, 0.21, 0.19, 0.2, 0.2, 0.23, 0.17, 0.2, 0.21, 0.19, 0.2, 0.2]);
    const after = window(
      '2026-03-02',
      [0.25, 0.27, 0.23, 0.26, 0.24, 0.25, 0.25, 0.28, 0.22, 0.25, 0.26, 0.24, 0.25, 0.25],
    );
    const a = dayLevelBootstrapDifference(before, after, { seed: 9, resamples: 500 });
    const b = dayLevelBootstrapDifference(before, after, { seed: 9, resamples: 500 });
    expect(a).toEqual(b);
    expect(a.estimate).toBeCloseTo(0.05, 10);
    expect(a.lower).toBeGreaterThan(0.03);
    expect(a.upper).toBeLessThan(0.07);
    expect(a.pValue).toBeLessThan(0.01);
    expect(a.relativeChange).toBeCloseTo(0.25, 10);
    expect(a.degreesOfFreedom).toBe(14); // 28 days − 2 × 7 weekday groups
  });

  it('is wider than the binomial interval when days are noisy', () => {
    const noisy = simulateRateSeries(
      { kind: 'proportion', key: 'a', baseRate: 0.2, dailyVolume: 5000, dayNoise: 0.1 },
      { ...sim, days: 56 },
    );
    const r = dayLevelBootstrapDifference(noisy.slice(0, 28), noisy.slice(28), { resamples: 500 });
    const binomialSe = Math.sqrt((2 * 0.2 * 0.8) / (28 * 5000));
    expect(r.standardError).toBeGreaterThan(2 * binomialSe);
  });
});
