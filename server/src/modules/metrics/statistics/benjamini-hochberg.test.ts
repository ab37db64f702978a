import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from './benjamini-hochberg.js';

describe('benjaminiHochberg', () => {
  it('matches the adjusted p-values of R p.adjust(method = "BH")', () => {
    // p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
    const r = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.5]);
    expect(r.map((x) => x.adjusted)).toEqual([0.025, 0.05, 0.05, 0.025, 0.5].map((v) => expect.closeTo(v, 12)));
    expect(r.map((x) => x.significant)).toEqual([true, true, true, true, false]);
  });

  it('rejects nothing when no p-value passes its step', () => {
    const r = benjaminiHochberg([0.03, 0.04, 0.2]);
    // 3·0.03/1 = 0.09, 3·0.04/2 = 0.06, 0.2: monotone from the top gives 0.06, 0.06, 0.2.
    expect(r.map((x) => x.adjusted)).toEqual([0.06, 0.06, 0.2].map((v) => expect.closeTo(v, 12)));
    expect(r.some((x) => x.significant)).toBe(false);
  });

  it('leaves metrics without a verdict out of the count', () => {
    const r = benjaminiHochberg([0.02, Number.NaN, 0.04]);
    expect(r[0]!.adjusted).toBeCloseTo(0.04, 12);
    expect(r[1]!.adjusted).toBeNaN();
    expect(r[1]!.significant).toBe(false);
    expect(r[2]!.adjusted).toBeCloseTo(0.04, 12);
  });
});
