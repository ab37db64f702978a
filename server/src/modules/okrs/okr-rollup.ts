import type { Confidence, RollupMethod } from '@policyops/contracts';
import { formatNumber, roundTenth } from './key-result-progress.js';

/** What roll-up needs of an objective: its method, its key results and where it aligns. */
export interface RollupNode {
  id: string;
  parentId: string | null;
  method: RollupMethod;
  /** Whether aligned child objectives count as terms of this objective's roll-up. */
  includeChildren: boolean;
  keyResults: { percent: number; weight: number; score: number | null }[];
}

export interface Rollup {
  /** Progress 0–100 (one decimal) or score 0–1 (two decimals); null when there is nothing to roll up. */
  value: number | null;
  /** The arithmetic in words, e.g. "average of 3 key results: (50% + 100% + 20%) / 3 = 56.7%". */
  formula: string;
}

export type RollupMeasure = 'progress' | 'score';

interface Term {
  value: number;
  weight: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function formatTerm(measure: RollupMeasure, value: number): string {
  if (measure === 'progress') return `${formatNumber(value)}%`;
  const fixed = value.toFixed(2);
  return fixed.endsWith('0') ? fixed.slice(0, -1) : fixed;
}

const formatResult = (measure: RollupMeasure, value: number) =>
  measure === 'progress' ? `${value.toFixed(1)}%` : value.toFixed(2);

const roundResult = (measure: RollupMeasure, value: number) =>
  measure === 'progress' ? roundTenth(value) : Math.round(value * 100) / 100;

function describe(
  node: RollupNode,
  measure: RollupMeasure,
  krTerms: Term[],
  childTerms: Term[],
  skippedChildren: number,
): Rollup {
  const terms = [...krTerms, ...childTerms];
  if (terms.length === 0) {
    if (measure === 'score') return { value: null, formula: 'not scored yet' };
    return {
      value: null,
      formula:
        node.includeChildren && skippedChildren > 0
          ? 'no key results or aligned objectives with progress yet'
          : 'no key results yet',
    };
  }
  const krNoun = measure === 'progress' ? ['key result', 'key results'] : ['key-result score', 'key-result scores'];
  let label: string;
  let arithmetic: string;
  let raw: number;
  if (node.method === 'weighted') {
    const totalWeight = terms.reduce((sum, t) => sum + t.weight, 0);
    raw = terms.reduce((sum, t) => sum + t.weight * t.value, 0) / totalWeight;
    label = childTerms.length
      ? 'weighted by key-result weights, aligned objectives weigh 1'
      : 'weighted by key-result weights';
    const products = terms.map((t) => `${formatNumber(t.weight)} × ${formatTerm(measure, t.value)}`).join(' + ');
    arithmetic = `(${products}) / (${terms.map((t) => formatNumber(t.weight)).join(' + ')})`;
  } else {
    raw = terms.reduce((sum, t) => sum + t.value, 0) / terms.length;
    const parts = [
      krTerms.length ? plural(krTerms.length, krNoun[0]!, krNoun[1]!) : null,
      childTerms.length ? plural(childTerms.length, 'aligned objective', 'aligned objectives') : null,
    ].filter(Boolean);
    label = `average of ${parts.join(' and ')}`;
    arithmetic = `(${terms.map((t) => formatTerm(measure, t.value)).join(' + ')}) / ${terms.length}`;
  }
  const value = roundResult(measure, raw);
  const skipped = skippedChildren
    ? `; ${plural(skippedChildren, 'aligned objective', 'aligned objectives')} without ${measure === 'progress' ? 'progress' : 'a score'} left out`
    : '';
  return { value, formula: `${label}: ${arithmetic} = ${formatResult(measure, value)}${skipped}` };
}

/**
 * Rolls key-result progress (or quarter-close scores) up to every objective, and through aligned
 * objectives to their parents, each objective by its own method:
 *
 * - average: the plain mean of its terms;
 * - weighted: Σ weight × value / Σ weight, with each key result's weight; an aligned objective,
 *   which has no weight of its own, weighs 1 (the default weight of a key result).
 *
 * The terms are the objective's key results, plus, when it includes children, the rolled-up value
 * of each aligned child objective (a child without progress or score is left out, and the formula
 * says so). A score needs every key result scored. Terms enter with the rounding they are shown
 * with (one decimal for progress, two for scores), so the formula text adds up. Cycles never get
 * written, but a cyclic child is skipped rather than looped on.
 */
export function rollUp(nodes: RollupNode[], measure: RollupMeasure): Map<string, Rollup> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const children = new Map<string, RollupNode[]>();
  for (const n of nodes) {
    if (n.parentId && byId.has(n.parentId)) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  }
  const done = new Map<string, Rollup>();
  const visiting = new Set<string>();

  const compute = (n: RollupNode): Rollup | null => {
    const known = done.get(n.id);
    if (known) return known;
    if (visiting.has(n.id)) return null;
    visiting.add(n.id);
    let krTerms: Term[] = [];
    if (measure === 'progress')
      krTerms = n.keyResults.map((kr) => ({ value: roundTenth(kr.percent), weight: kr.weight }));
    else if (n.keyResults.every((kr) => kr.score !== null))
      krTerms = n.keyResults.map((kr) => ({ value: kr.score!, weight: kr.weight }));
    const childTerms: Term[] = [];
    let skipped = 0;
    if (n.includeChildren) {
      for (const child of children.get(n.id) ?? []) {
        const value = compute(child)?.value ?? null;
        if (value === null) skipped += 1;
        else childTerms.push({ value, weight: 1 });
      }
    }
    const unscored = measure === 'score' && n.keyResults.some((kr) => kr.score === null);
    const result = unscored
      ? { value: null, formula: 'not scored yet' }
      : describe(n, measure, krTerms, childTerms, skipped);
    visiting.delete(n.id);
    done.set(n.id, result);
    return result;
  };

  for (const n of nodes) compute(n);
  return done;
}

const WEAKNESS: Record<Confidence, number> = { on_track: 0, at_risk: 1, off_track: 2 };

export interface ObjectiveStatus {
  /** What the objective shows: the override when there is one, else the derived status. */
  value: Confidence | null;
  /** The weakest confidence of its key results' latest check-ins (null before any check-in). */
  derived: Confidence | null;
  source: 'key_results' | 'override';
  reason: string | null;
}

/**
 * An objective's status is its weakest key result's latest confidence (off track < at risk < on
 * track; key results without a check-in do not count), unless the owner overrode it with a reason.
 */
export function objectiveStatus(
  confidences: (Confidence | null)[],
  override: { status: Confidence; reason: string } | null,
): ObjectiveStatus {
  let derived: Confidence | null = null;
  for (const c of confidences) if (c && (derived === null || WEAKNESS[c] > WEAKNESS[derived])) derived = c;
  if (override) return { value: override.status, derived, source: 'override', reason: override.reason };
  return { value: derived, derived, source: 'key_results', reason: null };
}
