export interface AdjustedPValue {
  pValue: number;
  adjusted: number;
  significant: boolean;
}

/**
 * Benjamini–Hochberg step-up adjustment controlling the false discovery rate across the metrics of
 * one launch (Benjamini & Hochberg 1995, JRSS B 57:289). With p-values sorted p₍₁₎ ≤ … ≤ p₍ₘ₎:
 *   adjusted p₍ᵢ₎ = min_{j ≥ i} min(1, m · p₍ⱼ₎ / j),
 * and a metric is significant when its adjusted p ≤ q. Returned in the input order. NaN p-values
 * (metrics without a verdict) are left out of m and come back as NaN, not significant.
 */
export function benjaminiHochberg(pValues: readonly number[], q = 0.05): AdjustedPValue[] {
  const indexed = pValues
    .map((p, index) => ({ p, index }))
    .filter((entry) => Number.isFinite(entry.p))
    .sort((a, b) => a.p - b.p);
  const m = indexed.length;
  const adjusted = new Array<number>(pValues.length).fill(Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = indexed[rank - 1]!;
    running = Math.min(running, (m * entry.p) / rank);
    adjusted[entry.index] = Math.min(1, running);
  }
  return pValues.map((pValue, i) => {
    const adj = adjusted[i]!;
    return { pValue, adjusted: adj, significant: Number.isFinite(adj) && adj <= q };
  });
}
