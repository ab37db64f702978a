import type { ApplicabilityState, ResolvedApplicabilityCell } from '@policyops/contracts';

/** What the inheritance rule needs to know of a market. */
export interface MarketLink {
  id: string;
  parent_id: string | null;
  kind: string;
}

/** A cell someone set on a policy's grid. */
export interface SetCell {
  surface_id: string;
  market_id: string;
  state: string;
  note: string;
}

export const cellKey = (surfaceId: string, marketId: string) => `${surfaceId}:${marketId}`;

/**
 * The one inheritance rule of the library, for applicability cells and per-market effective dates
 * alike: where a market takes what it does not set itself, nearest first: its region, then
 * Global. Global inherits from nothing; an unknown market only from Global. Guards against cycles.
 */
export function inheritsFrom(marketId: string, markets: readonly MarketLink[]): string[] {
  const byId = new Map(markets.map((m) => [m.id, m]));
  const chain: string[] = [];
  for (
    let id = byId.get(marketId)?.parent_id;
    id && id !== marketId && !chain.includes(id);
    id = byId.get(id)?.parent_id
  )
    chain.push(id);
  const global = markets.find((m) => m.kind === 'global');
  if (global && global.id !== marketId && !chain.includes(global.id)) chain.push(global.id);
  return chain;
}

/** Set cells keyed by `cellKey`. */
export function cellMap(cells: readonly SetCell[]): Map<string, SetCell> {
  return new Map(cells.map((c) => [cellKey(c.surface_id, c.market_id), c]));
}

/**
 * What holds for a surface in a market: the market's own cell, else the nearest one it inherits
 * (`inherits`, from `inheritsFrom`). Unset everywhere: state null (nobody decided yet).
 */
export function resolveCell(
  cells: ReadonlyMap<string, SetCell>,
  surfaceId: string,
  marketId: string,
  inherits: readonly string[],
): ResolvedApplicabilityCell {
  for (const source of [marketId, ...inherits]) {
    const cell = cells.get(cellKey(surfaceId, source));
    if (cell)
      return {
        surfaceId,
        marketId,
        state: cell.state as ApplicabilityState,
        note: cell.state === 'differs' ? cell.note : '',
        inherited: source !== marketId,
        sourceMarketId: source,
      };
  }
  return { surfaceId, marketId, state: null, note: '', inherited: false, sourceMarketId: null };
}

/** Every surface x market of a grid, resolved; surfaces and markets in the order given. */
export function resolveGrid(
  cells: readonly SetCell[],
  surfaceIds: readonly string[],
  markets: readonly MarketLink[],
): ResolvedApplicabilityCell[] {
  const set = cellMap(cells);
  const chains = markets.map((m) => ({ id: m.id, inherits: inheritsFrom(m.id, markets) }));
  return surfaceIds.flatMap((surfaceId) => chains.map((m) => resolveCell(set, surfaceId, m.id, m.inherits)));
}

/**
 * Policies that apply (or apply differently) on a surface and/or in a market. With only a
 * surface, any market counts; with only a market, any surface counts.
 */
export function policiesApplying(
  rows: (SetCell & { policy_id: string })[],
  surfaceIds: string[],
  marketId: string | undefined,
  markets: readonly MarketLink[],
): Set<string> {
  const byPolicy = new Map<string, SetCell[]>();
  for (const row of rows) byPolicy.set(row.policy_id, [...(byPolicy.get(row.policy_id) ?? []), row]);
  const inherits = marketId ? inheritsFrom(marketId, markets) : [];
  const out = new Set<string>();
  for (const [policyId, cells] of byPolicy) {
    const set = cellMap(cells);
    const surfaces = surfaceIds.length ? surfaceIds : [...new Set(cells.map((c) => c.surface_id))];
    const applies = surfaces.some((surfaceId) =>
      marketId
        ? ['applies', 'differs'].includes(resolveCell(set, surfaceId, marketId, inherits).state ?? '')
        : cells.some((c) => c.surface_id === surfaceId && c.state !== 'does_not_apply'),
    );
    if (applies) out.add(policyId);
  }
  return out;
}
