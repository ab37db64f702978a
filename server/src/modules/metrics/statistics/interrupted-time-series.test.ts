import { describe, expect, it } from 'vitest';
import { addDays, impactWindows, weekdayOf } from './day-of-week.js';
import { interruptedTimeSeries } from './interrupted-time-series.js';
import { mulberry32, standardNormal } from './random.js';

const LAUNCH = '2026-03-02';
const windows = impactWindows(LAUNCH, { windowDays: 28, rampUpDays: 7 });

function series(level: number, slope: number, step: number, slopeChange: number, noise: number, seed: number) {
  const random = mulberry32(seed);
  const t0 = 7; // first post day after the ramp-up
  return Array.from({ length: 63 }, (_, i) => {
    const t = i - 28;
    const date = addDays(LAUNCH, t);
    const weekday = weekdayOf(date) === 5 ? 1.5 : 0;
    const post = t >= t0 ? step + slopeChange * (t - t0) : 0;
    return { date, value: level + slope * t + weekday + post + noise * standardNormal(random) };
  });
}

describe('interruptedTimeSeries', () => {
  it('separates the level change from the trend and the weekly cycle (no noise: exact)', () => {
    const r = interruptedTimeSeries(series(10, 0.05, -2, 0.03, 0, 1), LAUNCH, windows);
    expect(r.observational).toBe(true);
    expect(r.levelChange.estimate).toBeCloseTo(-2, 8);
    expect(r.slopeChange.estimate).toBeCloseTo(0.03, 8);
    expect(r.preTrend.estimate).toBeCloseTo(0.05, 8);
    expect(r.days).toEqual({ pre: 28, post: 28 });
  });

  it('leaves the ramp-up out and gives intervals on noisy days', () => {
    const r = interruptedTimeSeries(series(10, 0.05, -2, 0, 0.3, 2), LAUNCH, windows);
    expect(r.levelChange.lower).toBeLessThan(-2);
    expect(r.levelChange.upper).toBeGreaterThan(-2);
    expect(r.levelChange.pValue).toBeLessThan(0.001);
    expect(r.slopeChange.lower).toBeLessThan(0);
    expect(r.slopeChange.upper).toBeGreaterThan(0);
    // Level predicted at t₀ by the pre trend ≈ 10 + 0.05·7 + the average weekday bump (1.5/7).
    expect(r.relativeLevelChange).toBeCloseTo(-2 / (10.35 + 1.5 / 7), 1);
    expect(r.degreesOfFreedom).toBe(56 - 10);
  });
});
