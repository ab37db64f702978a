import { describe, expect, it } from 'vitest';
import { ratePer10k, wilsonInterval } from './wilson.js';

describe('wilsonInterval', () => {
  // Newcombe (1998, Stat. Med. 17:857, table II) gives 81/263: 0.2553 to 0.3662; 15/148: 0.0624 to 0.1605.
  it("matches Newcombe's published Wilson intervals", () => {
    const a = wilsonInterval(81, 263);
    expect(a.rate).toBeCloseTo(0.308, 3);
    expect(a.lower).toBeCloseTo(0.2553, 4);
    expect(a.upper).toBeCloseTo(0.3662, 4);
    const b = wilsonInterval(15, 148);
    expect(b.lower).toBeCloseTo(0.0624, 4);
    expect(b.upper).toBeCloseTo(0.1605, 4);
  });

  it('stays inside [0, 1] at zero and at all events', () => {
    const none = wilsonInterval(0, 20);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeCloseTo(0.1611, 4); // z²/(n + z²) = 3.8415/23.8415
    const all = wilsonInterval(20, 20);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeCloseTo(1 - 0.1611, 4);
  });

  it('carries its denominator and gives no rate without one', () => {
    expect(wilsonInterval(0, 0)).toMatchObject({ rate: null, lower: null, upper: null, denominator: 0 });
    expect(wilsonInterval(3, 10).denominator).toBe(10);
  });

  it('refuses impossible counts', () => {
    expect(() => wilsonInterval(11, 10)).toThrow(RangeError);
    expect(() => wilsonInterval(-1, 10)).toThrow(RangeError);
  });

  it('scales prevalence to views per 10k, interval included', () => {
    const p = ratePer10k(50, 100_000);
    const raw = wilsonInterval(50, 100_000);
    expect(p.rate).toBeCloseTo(5, 10);
    expect(p.lower).toBeCloseTo(raw.lower! * 10_000, 10);
    expect(p.upper).toBeCloseTo(raw.upper! * 10_000, 10);
    expect(p.lower!).toBeLessThan(5);
    expect(p.upper!).toBeGreaterThan(5);
  });
});
