import { tQuantile, tTwoSidedP } from './distributions.js';

/** A small dense linear-algebra helper for the regressions here (a dozen columns at most). */

export type Matrix = number[][];

/** Inverse of a symmetric positive-definite matrix by Gauss–Jordan elimination with partial pivoting. */
export function invert(matrix: Matrix): Matrix {
  const n = matrix.length;
  const a = matrix.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    if (Math.abs(a[pivot]![col]!) < 1e-12) throw new RangeError('Singular design: a column is constant or repeated');
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const pivotRow = a[col]!;
    const scale = pivotRow[col]!;
    for (let j = 0; j < 2 * n; j++) pivotRow[j]! /= scale;
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const row = a[r]!;
      const factor = row[col]!;
      if (factor === 0) continue;
      for (let j = 0; j < 2 * n; j++) row[j]! -= factor * pivotRow[j]!;
    }
  }
  return a.map((row) => row.slice(n));
}

export interface Coefficient {
  name: string;
  estimate: number;
  standardError: number;
  t: number;
  pValue: number;
  lower: number;
  upper: number;
}

export interface RegressionFit {
  coefficients: Coefficient[];
  residuals: number[];
  degreesOfFreedom: number;
  /** Lag of the Newey–West estimator. */
  hacLag: number;
  /** Which variance was used per coefficient: the larger of the conventional and the HAC one. */
  standardErrors: 'max(conventional, newey-west)';
}

/** Newey & West (1994) automatic lag for the Bartlett kernel: ⌊4 (n/100)^(2/9)⌋. */
export function neweyWestLag(n: number): number {
  return Math.floor(4 * Math.pow(n / 100, 2 / 9));
}

/**
 * Ordinary least squares, β̂ = (X'X)⁻¹X'y, with standard errors that allow for serial correlation
 * between days. Two variances are computed:
 *   conventional  V₀ = s²(X'X)⁻¹, s² = e'e/(n − k);
 *   Newey–West    V₁ = n/(n−k) · (X'X)⁻¹ S (X'X)⁻¹,
 *                 S = Σ_t e_t² x_t x_t' + Σ_{l=1..L} (1 − l/(L+1)) Σ_t e_t e_{t−l} (x_t x_{t−l}' + x_{t−l} x_t')
 * (Newey & West 1987, Econometrica 55:703, Bartlett weights; lag L from Newey & West 1994). Each
 * coefficient takes the larger of the two, as Angrist & Pischke (2009, Mostly Harmless Econometrics,
 * §8.1) advise, because HAC variances are biased down in short series, while conventional ones
 * ignore autocorrelation (Bertrand, Duflo & Mullainathan 2004). Intervals and p-values use t(n − k).
 * Rows must be in time order.
 */
export function ols(x: Matrix, y: readonly number[], names: readonly string[], confidence = 0.95): RegressionFit {
  const n = x.length;
  const k = names.length;
  if (n <= k + 1) throw new RangeError(`Need more than ${k + 1} observations, got ${n}`);
  const xtx: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const xty = new Array<number>(k).fill(0);
  for (let t = 0; t < n; t++) {
    const row = x[t]!;
    for (let i = 0; i < k; i++) {
      xty[i]! += row[i]! * y[t]!;
      for (let j = 0; j < k; j++) xtx[i]![j]! += row[i]! * row[j]!;
    }
  }
  const inverse = invert(xtx);
  const beta = inverse.map((row) => row.reduce((sum, v, j) => sum + v * xty[j]!, 0));
  const residuals = x.map((row, t) => y[t]! - row.reduce((sum, v, j) => sum + v * beta[j]!, 0));
  const df = n - k;
  const s2 = residuals.reduce((sum, e) => sum + e * e, 0) / df;
  const lag = neweyWestLag(n);
  const meat: Matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let l = 0; l <= lag; l++) {
    const weight = l === 0 ? 1 : 1 - l / (lag + 1);
    for (let t = l; t < n; t++) {
      const a = x[t]!;
      const b = x[t - l]!;
      const ee = residuals[t]! * residuals[t - l]! * weight;
      for (let i = 0; i < k; i++) {
        for (let j = 0; j < k; j++) {
          meat[i]![j]! += l === 0 ? ee * a[i]! * a[j]! : ee * (a[i]! * b[j]! + b[i]! * a[j]!);
        }
      }
    }
  }
  const tCrit = tQuantile(1 - (1 - confidence) / 2, df);
  const coefficients = names.map((name, i) => {
    let hac = 0;
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) hac += inverse[i]![a]! * meat[a]![b]! * inverse[b]![i]!;
    hac *= n / df;
    const variance = Math.max(s2 * inverse[i]![i]!, hac);
    const standardError = Math.sqrt(variance);
    const estimate = beta[i]!;
    const t = standardError > 0 ? estimate / standardError : 0;
    return {
      name,
      estimate,
      standardError,
      t,
      pValue: standardError > 0 ? tTwoSidedP(t, df) : 1,
      lower: estimate - tCrit * standardError,
      upper: estimate + tCrit * standardError,
    };
  });
  return {
    coefficients,
    residuals,
    degreesOfFreedom: df,
    hacLag: lag,
    standardErrors: 'max(conventional, newey-west)',
  };
}

/** The coefficient of a fit by name (throws if the design did not include it). */
export function coefficient(fit: RegressionFit, name: string): Coefficient {
  const found = fit.coefficients.find((c) => c.name === name);
  if (!found) throw new RangeError(`No coefficient ${name}`);
  return found;
}

/** Weekday indicator columns of a design row; the first weekday present is the reference level. */
export function weekdayColumns(weekday: number, present: readonly number[]): number[] {
  return present.slice(1).map((w) => (w === weekday ? 1 : 0));
}
