import { normalQuantile, normalTwoSidedP } from './distributions.js';
import { assertCounts, wilsonInterval } from './wilson.js';

export interface ProportionCounts {
  numerator: number;
  denominator: number;
}

export interface TwoProportionResult {
  before: number;
  after: number;
  /** after − before, as a proportion (× 100 for percentage points). */
  difference: number;
  lower: number;
  upper: number;
  /** Pooled-variance z statistic of H0: p_before = p_after. */
  z: number;
  pValue: number;
  /** (after − before) / before, with a 95% interval from the log risk ratio; null when before = 0. */
  relativeChange: number | null;
  relativeLower: number | null;
  relativeUpper: number | null;
  confidence: number;
}

/**
 * Compares two proportions on counts pooled over each window.
 *
 * Test: the pooled two-proportion z test (Agresti 2013, Categorical Data Analysis 3rd ed., §3.1.3;
 * Fleiss, Levin & Paik 2003, §2.5):  z = (p₂ − p₁) / √( p̄(1 − p̄)(1/n₁ + 1/n₂) ),  p̄ = (y₁+y₂)/(n₁+n₂),
 * two-sided p = 2(1 − Φ(|z|)).
 *
 * Interval for p₂ − p₁: Newcombe's hybrid score interval (Newcombe 1998, Stat. Med. 17:873, method 10),
 * built from the two Wilson intervals (l₁,u₁), (l₂,u₂):
 *   L = δ − √((p₂ − l₂)² + (u₁ − p₁)²),  U = δ + √((u₂ − p₂)² + (p₁ − l₁)²).
 * Chosen over the Wald interval because it keeps its coverage for rare events and small windows.
 *
 * Relative change: risk ratio with the Katz log interval (Katz et al. 1978, Biometrics 34:469):
 *   SE(ln RR) = √(1/y₂ − 1/n₂ + 1/y₁ − 1/n₁).
 */
export function twoProportionTest(
  before: ProportionCounts,
  after: ProportionCounts,
  confidence = 0.95,
): TwoProportionResult {
  assertCounts(before.numerator, before.denominator);
  assertCounts(after.numerator, after.denominator);
  if (before.denominator === 0 || after.denominator === 0) {
    throw new RangeError('Both windows need a positive denominator');
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p1 = before.numerator / before.denominator;
  const p2 = after.numerator / after.denominator;
  const difference = p2 - p1;
  const pooled = (before.numerator + after.numerator) / (before.denominator + after.denominator);
  const se0 = Math.sqrt(pooled * (1 - pooled) * (1 / before.denominator + 1 / after.denominator));
  const zStat = se0 > 0 ? difference / se0 : 0;
  const w1 = wilsonInterval(before.numerator, before.denominator, confidence);
  const w2 = wilsonInterval(after.numerator, after.denominator, confidence);
  const [l1, u1, l2, u2] = [w1.lower!, w1.upper!, w2.lower!, w2.upper!];
  const lower = difference - Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2);
  const upper = difference + Math.sqrt((u2 - p2) ** 2 + (p1 - l1) ** 2);
  let relativeChange: number | null = null;
  let relativeLower: number | null = null;
  let relativeUpper: number | null = null;
  if (before.numerator > 0) {
    relativeChange = p2 / p1 - 1;
    if (after.numerator > 0) {
      const seLog = Math.sqrt(
        1 / after.numerator - 1 / after.denominator + 1 / before.numerator - 1 / before.denominator,
      );
      const logRr = Math.log(p2 / p1);
      relativeLower = Math.exp(logRr - z * seLog) - 1;
      relativeUpper = Math.exp(logRr + z * seLog) - 1;
    }
  }
  return {
    before: p1,
    after: p2,
    difference,
    lower,
    upper,
    z: zStat,
    pValue: se0 > 0 ? normalTwoSidedP(zStat) : 1,
    relativeChange,
    relativeLower,
    relativeUpper,
    confidence,
  };
}
