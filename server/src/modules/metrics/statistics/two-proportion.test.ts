import { describe, expect, it } from 'vitest';
import { twoProportionTest } from './two-proportion.js';

describe('twoProportionTest', () => {
  // Newcombe (1998, Stat. Med. 17:873, table II, example (a)): 56/70 vs 48/80,
  // difference 0.2000, hybrid score (method 10) interval 0.0524 to 0.3339.
  it("matches Newcombe's hybrid score interval", () => {
    const r = twoProportionTest({ numerator: 48, denominator: 80 }, { numerator: 56, denominator: 70 });
    expect(r.difference).toBeCloseTo(0.2, 10);
    expect(r.lower).toBeCloseTo(0.0524, 4);
    expect(r.upper).toBeCloseTo(0.3339, 4);
  });

  it('gives the pooled z statistic and its two-sided p-value', () => {
    // p̄ = 104/150; z = 0.2 / √(p̄(1 − p̄)(1/70 + 1/80)) = 0.2 / 0.075467 = 2.6502 by hand.
    const r = twoProportionTest({ numerator: 48, denominator: 80 }, { numerator: 56, denominator: 70 });
    expect(r.z).toBeCloseTo(2.6502, 3);
    expect(r.pValue).toBeCloseTo(0.00804, 4); // 2(1 − Φ(2.6502))
  });

  it('gives the relative change with a Katz log interval', () => {
    const r = twoProportionTest({ numerator: 200, denominator: 1000 }, { numerator: 180, denominator: 1000 });
    expect(r.relativeChange).toBeCloseTo(-0.1, 10);
    // SE(ln RR) = √(1/180 − 1/1000 + 1/200 − 1/1000) = 0.092496; exp(ln 0.9 ± 1.96·SE) − 1.
    expect(r.relativeLower).toBeCloseTo(Math.exp(Math.log(0.9) - 1.959964 * 0.092496) - 1, 4);
    expect(r.relativeUpper).toBeCloseTo(Math.exp(Math.log(0.9) + 1.959964 * 0.092496) - 1, 4);
  });

  it('finds no difference between equal windows', () => {
    const r = twoProportionTest({ numerator: 30, denominator: 100 }, { numerator: 30, denominator: 100 });
    expect(r.pValue).toBeCloseTo(1, 10);
    expect(r.lower).toBeLessThan(0);
    expect(r.upper).toBeGreaterThan(0);
  });

  it('refuses an empty window', () => {
    expect(() => twoProportionTest({ numerator: 0, denominator: 0 }, { numerator: 1, denominator: 2 })).toThrow(
      RangeError,
    );
  });
});
