import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  normalCdf,
  normalQuantile,
  normalTwoSidedP,
  tCdf,
  tQuantile,
  tTwoSidedP,
} from './distributions.js';

// Reference values from standard tables (Abramowitz & Stegun 1964, tables 26.1, 26.7, 26.8).
describe('distributions', () => {
  it('gives the normal quantiles of the tables, not the 1.9572 of the closed-form probit', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.995)).toBeCloseTo(2.575829, 5);
    expect(normalQuantile(0.025)).toBeCloseTo(-1.959964, 5);
    expect(normalCdf(1)).toBeCloseTo(0.841345, 6);
  });

  it('gives two-sided normal p-values', () => {
    expect(normalTwoSidedP(1.959964)).toBeCloseTo(0.05, 6);
    expect(normalTwoSidedP(-2.575829)).toBeCloseTo(0.01, 6);
    expect(normalTwoSidedP(0)).toBeCloseTo(1, 6);
  });

  it("gives Student's t quantiles and tails", () => {
    expect(tQuantile(0.975, 10)).toBeCloseTo(2.228139, 5);
    expect(tQuantile(0.975, 27)).toBeCloseTo(2.051831, 5);
    expect(tQuantile(0.95, 1)).toBeCloseTo(6.313752, 4);
    expect(tTwoSidedP(2.228139, 10)).toBeCloseTo(0.05, 6);
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 10);
    expect(tCdf(-2.015048, 5)).toBeCloseTo(0.05, 5);
  });

  it('gives chi-square upper tails', () => {
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(40.11327, 27)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(67.50481, 50)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(0, 4)).toBe(1);
  });
});
