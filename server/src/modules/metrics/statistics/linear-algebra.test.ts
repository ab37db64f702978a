import { describe, expect, it } from 'vitest';
import { linearRegression } from 'simple-statistics';
import { coefficient, invert, neweyWestLag, ols } from './linear-algebra.js';

describe('linear algebra', () => {
  it('inverts a matrix', () => {
    const inv = invert([
      [4, 7],
      [2, 6],
    ]);
    expect(inv[0]![0]).toBeCloseTo(0.6, 12);
    expect(inv[0]![1]).toBeCloseTo(-0.7, 12);
    expect(inv[1]![0]).toBeCloseTo(-0.2, 12);
    expect(inv[1]![1]).toBeCloseTo(0.4, 12);
    expect(() =>
      invert([
        [1, 2],
        [2, 4],
      ]),
    ).toThrow(RangeError);
  });

  it('agrees with simple-statistics on a straight line and with the textbook slope SE', () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8];
    const ys = [2.1, 3.9, 6.2, 7.8, 10.1, 12.2, 13.8, 16.1];
    const fit = ols(
      xs.map((x) => [1, x]),
      ys,
      ['intercept', 'slope'],
    );
    const reference = linearRegression(xs.map((x, i) => [x, ys[i]!]));
    const slope = coefficient(fit, 'slope');
    expect(slope.estimate).toBeCloseTo(reference.m, 10);
    expect(coefficient(fit, 'intercept').estimate).toBeCloseTo(reference.b, 10);
    // Conventional SE(b) = √(s² / Σ(x − x̄)²); the HAC one may only be larger.
    const s2 = fit.residuals.reduce((a, e) => a + e * e, 0) / 6;
    expect(slope.standardError).toBeGreaterThanOrEqual(Math.sqrt(s2 / 42) - 1e-12);
    expect(fit.degreesOfFreedom).toBe(6);
  });

  it('uses the Newey–West automatic lag', () => {
    expect(neweyWestLag(56)).toBe(3);
    expect(neweyWestLag(100)).toBe(4);
  });
});
