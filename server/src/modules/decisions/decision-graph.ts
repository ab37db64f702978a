import type { DecisionStatus, SupersessionInput } from '@policyops/contracts';

/** A decision as the supersession rules see it. */
export interface GraphNode {
  id: string;
  status: DecisionStatus;
}

/** `from` supersedes `to` (the later decision points at the earlier one). */
export interface SupersessionEdge {
  from: string;
  to: string;
}

/** What is wrong with one supersession, naming the field: 400 for bad input, 409 for a state that refuses it. */
export interface SupersessionProblem {
  code: 'VALIDATION_FAILED' | 'INVALID_STATE';
  path: string;
  message: string;
}

const WHY_NOT: Partial<Record<DecisionStatus, string>> = {
  proposed: 'is still proposed: only an accepted decision can be superseded',
  superseded: 'is already superseded wholly',
  revoked: 'is revoked',
};

/** True when `start` reaches `goal` following supersession edges (later -> earlier). */
export function reaches(edges: readonly SupersessionEdge[], start: string, goal: string): boolean {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (id === goal) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(next.get(id) ?? []));
  }
  return false;
}

/**
 * The first problem with a decision's supersessions, or null. Checked in this order for each entry:
 * itself, a duplicate, a decision that does not exist (or that the caller may not see), a cycle
 * through the existing edges, then the target's state (it must be accepted: a proposed, wholly
 * superseded or revoked decision cannot be superseded). `selfId` is null for a new decision.
 */
export function supersessionProblem(
  selfId: string | null,
  targets: readonly Pick<SupersessionInput, 'decisionId'>[],
  nodes: ReadonlyMap<string, GraphNode>,
  edges: readonly SupersessionEdge[],
  field = 'body.supersedes',
): SupersessionProblem | null {
  const seen = new Set<string>();
  for (const [i, target] of targets.entries()) {
    const path = `${field}.${i}.decisionId`;
    const id = target.decisionId;
    if (id === selfId) return { code: 'VALIDATION_FAILED', path, message: 'A decision cannot supersede itself' };
    if (seen.has(id)) return { code: 'VALIDATION_FAILED', path, message: 'This decision is listed twice' };
    seen.add(id);
    const node = nodes.get(id);
    if (!node) return { code: 'VALIDATION_FAILED', path, message: 'No such decision' };
    if (selfId !== null && reaches(edges, id, selfId))
      return {
        code: 'VALIDATION_FAILED',
        path,
        message: 'This would make a cycle: that decision already supersedes this one',
      };
    const why = WHY_NOT[node.status];
    if (why) return { code: 'INVALID_STATE', path, message: `That decision ${why}` };
  }
  return null;
}

/** Every decision connected to `start` by supersession, either way (the chain a page shows). */
export function connected(edges: readonly SupersessionEdge[], start: string): Set<string> {
  const around = new Map<string, string[]>();
  for (const e of edges) {
    around.set(e.from, [...(around.get(e.from) ?? []), e.to]);
    around.set(e.to, [...(around.get(e.to) ?? []), e.from]);
  }
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(around.get(id) ?? []));
  }
  return seen;
}

/** The moves the register allows by hand; `superseded` comes only from accepting a later decision. */
const MOVES: Record<DecisionStatus, readonly DecisionStatus[]> = {
  proposed: ['accepted', 'revoked'],
  accepted: ['revoked'],
  superseded: [],
  revoked: [],
};

export function mayMove(from: DecisionStatus, to: DecisionStatus): boolean {
  return MOVES[from].includes(to);
}
