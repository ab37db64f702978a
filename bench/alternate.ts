import autocannon from 'autocannon';
import { median } from './figures.js';

export interface LoadTarget {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

export interface RoundResult {
  rps: number;
  p50: number;
  p99: number;
}

/** Drives `target` with `connections` keep-alive connections for `seconds`; any non-2xx reply fails the run. */
export async function load(target: LoadTarget, connections: number, seconds: number): Promise<RoundResult> {
  const result = await autocannon({ url: target.url, connections, duration: seconds, headers: target.headers ?? {} });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${target.name}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts in ${seconds} s`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export interface Comparison {
  subject: RoundResult[];
  reference: RoundResult[];
  /** Median over rounds of subject rps / reference rps, each pair measured back to back. */
  ratio: number;
  subjectRps: number;
  referenceRps: number;
  subjectP99: number;
}

/**
 * Measures `subject` against `reference` in alternating rounds (A B A B ...), so that whatever
 * else the machine does weighs on both alike, and reports medians over the rounds.
 */
export async function compareAlternating(
  subject: LoadTarget,
  reference: LoadTarget,
  options: { rounds: number; seconds: number; connections: number },
): Promise<Comparison> {
  // Warm-up: JIT, statement caches and the page cache for both, not measured.
  for (const target of [subject, reference]) await load(target, 10, 3);
  const subjectRounds: RoundResult[] = [];
  const referenceRounds: RoundResult[] = [];
  for (let round = 0; round < options.rounds; round++) {
    subjectRounds.push(await load(subject, options.connections, options.seconds));
    referenceRounds.push(await load(reference, options.connections, options.seconds));
    const s = subjectRounds[round]!;
    const r = referenceRounds[round]!;
    console.log(
      `  round ${round + 1}: ${subject.name} ${Math.round(s.rps)} req/s (p99 ${s.p99} ms), ${reference.name} ${Math.round(r.rps)} req/s (p99 ${r.p99} ms)`,
    );
  }
  return {
    subject: subjectRounds,
    reference: referenceRounds,
    ratio: median(subjectRounds.map((s, i) => s.rps / referenceRounds[i]!.rps)),
    subjectRps: median(subjectRounds.map((s) => s.rps)),
    referenceRps: median(referenceRounds.map((r) => r.rps)),
    subjectP99: median(subjectRounds.map((s) => s.p99)),
  };
}
