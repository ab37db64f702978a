import { describe, expect, it } from 'vitest';
import { betaDeviate, binomialDeviate, deriveSeed, gammaDeviate, mulberry32 } from './random.js';

function moments(draw: () => number, n: number) {
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = draw();
    s += x;
    s2 += x * x;
  }
  const mean = s / n;
  return { mean, variance: s2 / n - mean * mean };
}

describe('random', () => {
  it('repeats itself for a seed and differs across seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    expect(deriveSeed(1, 'overturn_rate')).toBe(deriveSeed(1, 'overturn_rate'));
    expect(deriveSeed(1, 'overturn_rate')).not.toBe(deriveSeed(1, 'appeal_rate'));
  });

  it('draws gamma, beta and binomial deviates with the right moments', () => {
    const r = mulberry32(7);
    const g = moments(() => gammaDeviate(r, 3), 20_000);
    expect(g.mean).toBeCloseTo(3, 1);
    expect(g.variance).toBeCloseTo(3, 0);
    const b = moments(() => betaDeviate(r, 2, 6), 20_000); // mean 0.25, var 0.25·0.75/9
    expect(b.mean).toBeCloseTo(0.25, 2);
    expect(b.variance).toBeCloseTo(0.0208, 3);
    const small = moments(() => binomialDeviate(r, 50, 0.1), 20_000); // exact inversion
    expect(small.mean).toBeCloseTo(5, 1);
    expect(small.variance).toBeCloseTo(4.5, 0);
    const large = moments(() => binomialDeviate(r, 10_000, 0.3), 20_000); // normal approximation
    expect(large.mean / 3000).toBeCloseTo(1, 2);
    expect(large.variance / 2100).toBeCloseTo(1, 1);
  });
});
