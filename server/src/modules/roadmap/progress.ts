import type { InitiativeStatus, ProgressSource } from '@policyops/contracts';

/**
 * Progress of an initiative, derived. Done is 100%. With child initiatives (cancelled ones left out),
 * the average of their shown progress, weighted by effort when every child has an estimate above 0.
 * Otherwise the share of its milestones done; with neither, 0%.
 */
export interface ProgressInput {
  status: InitiativeStatus;
  milestones: { total: number; done: number };
  children: { status: InitiativeStatus; progress: number; effortWeeks: number | null }[];
}

export interface DerivedProgress {
  /** 0-100, unrounded: parents average exact figures. */
  value: number;
  source: ProgressSource;
  /** "2 of 3 milestones done". */
  basis: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function deriveProgress(input: ProgressInput): DerivedProgress {
  if (input.status === 'done') return { value: 100, source: 'status', basis: 'Marked done' };
  const children = input.children.filter((c) => c.status !== 'cancelled');
  if (children.length > 0) {
    const weighted = children.every((c) => (c.effortWeeks ?? 0) > 0);
    const weights = children.map((c) => (weighted ? c.effortWeeks! : 1));
    const total = weights.reduce((a, b) => a + b, 0);
    const value = children.reduce((sum, c, i) => sum + c.progress * weights[i]!, 0) / total;
    const done = children.filter((c) => c.status === 'done').length;
    const what = plural(children.length, 'child initiative');
    return {
      value,
      source: 'children',
      basis: weighted ? `${what}, weighted by effort (${done} done)` : `Average of ${what} (${done} done)`,
    };
  }
  const { total, done } = input.milestones;
  if (total > 0)
    return {
      value: (done / total) * 100,
      source: 'milestones',
      basis: `${done} of ${plural(total, 'milestone')} done`,
    };
  return { value: 0, source: 'none', basis: 'No milestones yet' };
}

/** What replies show: the override when there is one, else the derived figure rounded to a whole %. */
export function shownProgress(derived: number, override: number | null): number {
  return override ?? Math.min(100, Math.max(0, Math.round(derived)));
}
