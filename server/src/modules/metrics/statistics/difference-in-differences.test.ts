import { describe, expect, it } from 'vitest';
import { addDays, impactWindows, weekdayOf } from './day-of-week.js';
import { differenceInDifferences } from './difference-in-differences.js';
import { mulberry32, standardNormal } from './random.js';

const LAUNCH = '2026-03-02';
const windows = impactWindows(LAUNCH, { windowDays: 28, rampUpDays: 0 });

/** 56 days around launch: value = level + slope·t + weekday bump + effect after launch + noise. */
function series(opts: { level: number; slope: number; effect: number; noise: number; seed: number }) {
  const random = mulberry32(opts.seed);
  return Array.from({ length: 56 }, (_, i) => {
    const t = i - 28;
    const date = addDays(LAUNCH, t);
    const bump = weekdayOf(date) >= 5 ? 0.02 : 0;
    const value = opts.level + opts.slope * t + bump + (t >= 0 ? opts.effect : 0) + opts.noise * standardNormal(random);
    return { date, value };
  });
}

describe('differenceInDifferences', () => {
  it('recovers the planted effect exactly when there is no noise, whatever the common trend', () => {
    const treated = series({ level: 0.2, slope: 0.001, effect: -0.03, noise: 0, seed: 1 });
    const control = series({ level: 0.1, slope: 0.001, effect: 0, noise: 0, seed: 2 });
    const r = differenceInDifferences(treated, control, LAUNCH, windows);
    expect(r.estimate).toBeCloseTo(-0.03, 10);
    expect(r.parallelTrends.slopePerDay).toBeCloseTo(0, 10);
  });

  it('gives an interval and p-value on noisy days, and the four window means', () => {
    const treated = series({ level: 0.2, slope: 0.001, effect: -0.03, noise: 0.01, seed: 3 });
    const control = series({ level: 0.1, slope: 0.001, effect: 0, noise: 0.01, seed: 4 });
    const r = differenceInDifferences(treated, control, LAUNCH, windows);
    expect(r.lower).toBeLessThan(-0.03);
    expect(r.upper).toBeGreaterThan(-0.03);
    expect(r.upper).toBeLessThan(0);
    expect(r.pValue).toBeLessThan(0.001);
    expect(r.days).toEqual({ pre: 28, post: 28 });
    expect(r.degreesOfFreedom).toBe(56 - 8);
    expect(r.treatedAfter - r.treatedBefore - (r.controlAfter - r.controlBefore)).toBeCloseTo(r.estimate, 2);
    expect(r.parallelTrends.parallel).toBe(true);
  });

  it('flags pre-launch trends that are not parallel', () => {
    const treated = series({ level: 0.2, slope: 0.002, effect: 0, noise: 0.005, seed: 5 });
    const control = series({ level: 0.1, slope: 0, effect: 0, noise: 0.005, seed: 6 });
    const r = differenceInDifferences(treated, control, LAUNCH, windows);
    expect(r.parallelTrends.parallel).toBe(false);
    expect(r.parallelTrends.slopePerDay).toBeCloseTo(0.002, 3);
    expect(r.parallelTrends.pValue).toBeLessThan(0.01);
  });

  it('needs matched days in both windows', () => {
    const treated = series({ level: 0.2, slope: 0, effect: 0, noise: 0.01, seed: 7 });
    expect(() => differenceInDifferences(treated, treated.slice(0, 30), LAUNCH, windows)).toThrow(RangeError);
  });
});
