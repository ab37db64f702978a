import { describe, expect, it } from 'vitest';
import {
  bootstrapPValue,
  expandedPValue,
  expandedPercentileInterval,
  median,
  medianDifferenceBootstrap,
  percentileInterval,
  sortedQuantile,
  weekdayResiduals,
} from './bootstrap.js';
import { addDays } from './day-of-week.js';
import { normalQuantile, tQuantile } from './distributions.js';

describe('bootstrap helpers', () => {
  it('reads quantiles by linear interpolation (type 7)', () => {
    expect(sortedQuantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(sortedQuantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('gives percentile intervals and the matching p-value', () => {
    const replicates = Float64Array.from({ length: 1000 }, (_, i) => i / 10); // 0 … 99.9
    const [lo, hi] = percentileInterval(replicates, 0.95);
    expect(lo).toBeCloseTo(2.4975, 6);
    expect(hi).toBeCloseTo(97.4025, 6);
    // 0 lies at the very bottom: p = 2 · (1 + 1)/(1000 + 1).
    expect(bootstrapPValue(replicates)).toBeCloseTo(4 / 1001, 12);
    expect(bootstrapPValue(replicates, 50)).toBeCloseTo(1, 2);
  });

  it('widens the percentile interval to t quantiles in small samples', () => {
    const replicates = Float64Array.from({ length: 2001 }, (_, i) => normalQuantile((i + 0.5) / 2001));
    const [lo, hi] = expandedPercentileInterval(replicates, 0.95, 10);
    // The grid of 2001 replicates is coarse in the tails, hence one decimal.
    expect(hi).toBeCloseTo(tQuantile(0.975, 10), 1);
    expect(lo).toBeCloseTo(-tQuantile(0.975, 10), 1);
    expect(hi).toBeGreaterThan(2.15);
  });

  it('extrapolates the p-value from the bootstrap SE when the tail is not resolved', () => {
    const replicates = Float64Array.from({ length: 1000 }, (_, i) => 5 + normalQuantile((i + 0.5) / 1000));
    // No replicate reaches 0: p = P(|T_40| ≥ 5 / SE*), far below the 2/(B + 1) floor.
    const p = expandedPValue(replicates, 40, 5);
    expect(p).toBeLessThan(1e-4);
    expect(p).toBeGreaterThan(0);
    // Resolved tail: the estimate sits 1.5 SE from 0, p close to P(|T_40| ≥ 1.5).
    const near = Float64Array.from({ length: 1000 }, (_, i) => 1.5 + normalQuantile((i + 0.5) / 1000));
    expect(expandedPValue(near, 40, 1.5)).toBeCloseTo(0.1414, 2);
  });

  it('computes leverage-modified weekday residuals', () => {
    // Two Mondays 1 and 3 (mean 2): residuals ∓1 / √(1 − 1/2) = ∓√2; one Tuesday gives none.
    const r = weekdayResiduals([
      { date: '2026-03-02', value: 1 },
      { date: '2026-03-09', value: 3 },
      { date: '2026-03-03', value: 10 },
    ]);
    expect([...r.residuals].sort()).toEqual([-Math.SQRT2, Math.SQRT2].map((v) => expect.closeTo(v, 12)));
    expect(r.degreesOfFreedom).toBe(1);
  });
});

describe('medianDifferenceBootstrap', () => {
  const days = (start: string, values: number[]) => values.map((value, i) => ({ date: addDays(start, i), value }));
  const base = [6, 6.2, 5.8, 6.1, 5.9, 7.2, 7, 6.1, 6, 5.9, 6.2, 5.8, 7.1, 6.9, 6.05, 6.15, 5.85, 6, 6.1, 7.3, 6.8];

  it('finds a 20% fall of daily medians and reports it with its interval', () => {
    const r = medianDifferenceBootstrap(
      days('2026-02-02', base),
      days(
        '2026-03-02',
        base.map((v) => v * 0.8),
      ),
      { seed: 4, resamples: 1000 },
    );
    expect(r.estimate).toBeCloseTo(0.8 * 6.1 - 6.1, 10);
    expect(r.relativeChange).toBeCloseTo(-0.2, 10);
    expect(r.upper).toBeLessThan(0);
    expect(r.pValue).toBeLessThan(0.01);
    expect(r.lower).toBeLessThan(r.estimate);
  });

  it('finds nothing between identical windows', () => {
    const r = medianDifferenceBootstrap(days('2026-02-02', base), days('2026-03-02', base), { seed: 4 });
    expect(r.estimate).toBe(0);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
    expect(r.pValue).toBeGreaterThan(0.5);
  });
});
