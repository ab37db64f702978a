import { normalQuantile } from './distributions.js';

/** A rate with its score interval and the denominator it rests on: never a bare rate. */
export interface RateWithInterval {
  numerator: number;
  denominator: number;
  /** numerator / denominator × scale; null when the denominator is 0. */
  rate: number | null;
  lower: number | null;
  upper: number | null;
  confidence: number;
  /** 1 for a proportion, 100 for percent, 10 000 for "per 10k views". */
  scale: number;
}

export function assertCounts(numerator: number, denominator: number): void {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError(`Counts must be finite and non-negative, got ${numerator}/${denominator}`);
  }
  if (numerator > denominator) {
    throw new RangeError(`Numerator ${numerator} exceeds its denominator ${denominator}`);
  }
}

/**
 * Wilson score interval for a binomial proportion (Wilson 1927, JASA 22:209; recommended over the
 * Wald interval by Agresti & Coull 1998, Am. Stat. 52:119, and Brown, Cai & DasGupta 2001):
 *   centre = (p̂ + z²/2n) / (1 + z²/n)
 *   half   = z / (1 + z²/n) · √( p̂(1 − p̂)/n + z²/4n² )
 * with z = Φ⁻¹(1 − α/2). It stays inside [0, 1] and behaves at 0 and n events.
 */
export function wilsonInterval(numerator: number, denominator: number, confidence = 0.95, scale = 1): RateWithInterval {
  assertCounts(numerator, denominator);
  if (denominator === 0) {
    return { numerator, denominator, rate: null, lower: null, upper: null, confidence, scale };
  }
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const n = denominator;
  const p = numerator / n;
  const z2 = z * z;
  const divisor = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / divisor;
  const half = (z / divisor) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return {
    numerator,
    denominator,
    rate: p * scale,
    lower: Math.max(0, centre - half) * scale,
    upper: Math.min(1, centre + half) * scale,
    confidence,
    scale,
  };
}

/** Prevalence per 10 000 views with the Wilson interval scaled the same way. */
export function ratePer10k(numerator: number, denominator: number, confidence = 0.95): RateWithInterval {
  return wilsonInterval(numerator, denominator, confidence, 10_000);
}
