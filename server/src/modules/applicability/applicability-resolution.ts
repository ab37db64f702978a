import type { ApplicabilityState } from '@policyops/contracts';

export interface CellLike {
  surface_id: string;
  market_id: string;
  state: string;
}

/** The market and its ancestors, nearest first (a country, its region, ...). Guards against cycles. */
export function marketChain(marketId: string, parentOf: Map<string, string | null>): string[] {
  const chain: string[] = [];
  for (let id: string | null | undefined = marketId; id && !chain.includes(id); id = parentOf.get(id)) chain.push(id);
  return chain;
}

/**
 * The state that holds for a surface in a market: the market's own cell, else its region's,
 * else Global's. Unset everywhere: null (nobody decided yet).
 */
export function resolveCell(
  cells: Map<string, ApplicabilityState>,
  surfaceId: string,
  marketId: string,
  parentOf: Map<string, string | null>,
  globalId: string | null,
): ApplicabilityState | null {
  const chain = marketChain(marketId, parentOf);
  if (globalId && !chain.includes(globalId)) chain.push(globalId);
  for (const id of chain) {
    const state = cells.get(`${surfaceId}:${id}`);
    if (state) return state;
  }
  return null;
}

/**
 * Policies that apply (or apply differently) on a surface and/or in a market. With only a
 * surface, any market counts; with only a market, any surface counts.
 */
export function policiesApplying(
  rows: (CellLike & { policy_id: string })[],
  surfaceIds: string[],
  marketId: string | undefined,
  parentOf: Map<string, string | null>,
  globalId: string | null,
): Set<string> {
  const byPolicy = new Map<string, Map<string, ApplicabilityState>>();
  for (const row of rows) {
    const cells = byPolicy.get(row.policy_id) ?? new Map<string, ApplicabilityState>();
    cells.set(`${row.surface_id}:${row.market_id}`, row.state as ApplicabilityState);
    byPolicy.set(row.policy_id, cells);
  }
  const out = new Set<string>();
  for (const [policyId, cells] of byPolicy) {
    const surfaces = surfaceIds.length ? surfaceIds : [...new Set([...cells.keys()].map((k) => k.split(':')[0]!))];
    const applies = surfaces.some((surfaceId) => {
      if (marketId)
        return ['applies', 'differs'].includes(resolveCell(cells, surfaceId, marketId, parentOf, globalId) ?? '');
      return [...cells].some(([key, state]) => key.startsWith(`${surfaceId}:`) && state !== 'does_not_apply');
    });
    if (applies) out.add(policyId);
  }
  return out;
}
