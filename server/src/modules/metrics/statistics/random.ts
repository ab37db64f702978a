/**
 * Seeded pseudo-random numbers, so that every bootstrap and every simulation is reproducible from
 * its seed. Math.random cannot be seeded, hence this file.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger, 2017; public domain): a 32-bit state generator, fast and good enough
 * for resampling and simulation (it passes gjrand and PractRand to 2^32 outputs), not for secrets.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed derived from a base seed and a label (FNV-1a 32-bit hash of the label, mixed with the seed),
 * so that each metric of an analysis has its own stream: adding a metric does not change the others.
 */
export function deriveSeed(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A uniform integer in [0, n). */
export function randomIndex(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** Standard normal deviate by the Box–Muller transform (Box & Muller 1958). */
export function standardNormal(random: Random): number {
  let u = random();
  while (u <= Number.MIN_VALUE) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Gamma(shape, 1) deviate by Marsaglia & Tsang (2000), "A simple method for generating gamma
 * variables", ACM TOMS 26(3); for shape < 1 via Gamma(shape + 1) · U^(1/shape) (same paper, §6).
 */
export function gammaDeviate(random: Random, shape: number): number {
  if (shape < 1) return gammaDeviate(random, shape + 1) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = standardNormal(random);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (u < 1 - 0.0331 * x * x * x * x) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(a, b) deviate as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
export function betaDeviate(random: Random, a: number, b: number): number {
  const x = gammaDeviate(random, a);
  const y = gammaDeviate(random, b);
  return x / (x + y);
}

/**
 * Binomial(n, p) deviate. Exact inversion of the CDF when the mean of the rarer outcome is small
 * (n·min(p, 1−p) < 30); otherwise the normal approximation with continuity rounding, whose error
 * at those sizes is far below the day-level noise the simulator adds.
 */
export function binomialDeviate(random: Random, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const flip = p > 0.5;
  const q = flip ? 1 - p : p;
  let k: number;
  if (n * q < 30) {
    // Inversion: walk the CDF using P(k+1) = P(k) · (n−k)/(k+1) · q/(1−q).
    const u = random();
    let prob = Math.pow(1 - q, n);
    let cdf = prob;
    k = 0;
    while (u > cdf && k < n) {
      prob *= ((n - k) / (k + 1)) * (q / (1 - q));
      k += 1;
      cdf += prob;
    }
  } else {
    const draw = Math.round(n * q + Math.sqrt(n * q * (1 - q)) * standardNormal(random));
    k = Math.min(n, Math.max(0, draw));
  }
  return flip ? n - k : k;
}
