// Pure helpers of the applicability grid: column order, names and staged edits. Inheritance is the
// server's: saved grids come resolved, and staged edits follow each market's `inheritsFrom` as sent.
// Types only from the contracts, so that these stay cheap to import and to test.
import type {
  ApplicabilityCell,
  ApplicabilityState,
  Market,
  MarketDate,
  ResolvedApplicabilityCell,
  Surface,
} from '@policyops/contracts';

export interface CellValue {
  state: ApplicabilityState;
  note: string;
}

/** Explicitly set cells keyed by `cellKey`. */
export type CellMap = ReadonlyMap<string, CellValue>;

/** Staged edits: a value sets the cell, null clears it (the cell inherits again). */
export type CellEdits = ReadonlyMap<string, CellValue | null>;

export const STATE_LABELS: Record<ApplicabilityState, string> = {
  applies: 'Applies',
  does_not_apply: 'Does not apply',
  differs: 'Differs',
};

export const cellKey = (surfaceId: string, marketId: string): string => `${surfaceId}:${marketId}`;

/** A run of grid columns under one header: Global, a region with its countries, or loose countries. */
export interface MarketGroup {
  id: string;
  label: string;
  markets: Market[];
}

const byPosition = (a: Market, b: Market) => a.position - b.position || a.code.localeCompare(b.code);

/**
 * The grid's columns in reading order: Global, then each region followed by its countries, then
 * countries that belong to no region.
 */
export function groupMarkets(markets: readonly Market[]): MarketGroup[] {
  const sorted = [...markets].sort(byPosition);
  const regions = sorted.filter((m) => m.kind === 'region');
  const regionIds = new Set(regions.map((r) => r.id));
  const globals = sorted.filter((m) => m.kind === 'global');
  const groups: MarketGroup[] = [];
  if (globals.length > 0) groups.push({ id: 'global', label: 'Global', markets: globals });
  for (const region of regions) {
    groups.push({
      id: region.id,
      label: region.name,
      markets: [region, ...sorted.filter((m) => m.kind === 'country' && m.parentId === region.id)],
    });
  }
  const loose = sorted.filter((m) => m.kind === 'country' && !(m.parentId && regionIds.has(m.parentId)));
  if (loose.length > 0) groups.push({ id: 'other', label: 'Other countries', markets: loose });
  return groups;
}

/** The markets in grid order. */
export function orderMarkets(markets: readonly Market[]): Market[] {
  return groupMarkets(markets).flatMap((g) => g.markets);
}

export interface ResolvedCell extends CellValue {
  /** The market whose cell this is: the market itself, or the one it inherits from. */
  source: Market;
  inherited: boolean;
}

/** Finds what holds for a surface in a market, or null when nothing is set there or above. */
export type CellResolver = (surfaceId: string, market: Market) => ResolvedCell | null;

/** The saved grid as the server resolved it, keyed by `cellKey`. */
export function serverResolver(
  resolved: readonly ResolvedApplicabilityCell[],
  markets: readonly Market[],
): CellResolver {
  const byId = new Map(markets.map((m) => [m.id, m]));
  const cells = new Map<string, ResolvedCell>();
  for (const cell of resolved) {
    const source = cell.sourceMarketId ? byId.get(cell.sourceMarketId) : undefined;
    if (cell.state && source)
      cells.set(cellKey(cell.surfaceId, cell.marketId), {
        state: cell.state,
        note: cell.note,
        source,
        inherited: cell.inherited,
      });
  }
  return (surfaceId, market) => cells.get(cellKey(surfaceId, market.id)) ?? null;
}

/**
 * Staged edits as they would resolve once saved, before the server has seen them: a market's own
 * cell, else the first set cell along the `inheritsFrom` list the server sent for it.
 */
export function stagedResolver(cells: CellMap, markets: readonly Market[]): CellResolver {
  const byId = new Map(markets.map((m) => [m.id, m]));
  return (surfaceId, market) => {
    for (const source of [market, ...market.inheritsFrom.flatMap((id) => byId.get(id) ?? [])]) {
      const value = cells.get(cellKey(surfaceId, source.id));
      if (value) return { ...value, source, inherited: source.id !== market.id };
    }
    return null;
  };
}

/** "differs — DSA notice period (inherited from European Union)", or "not set". */
export function describeResolved(resolved: ResolvedCell | null): string {
  if (!resolved) return 'not set';
  const note = resolved.state === 'differs' && resolved.note ? ` — ${resolved.note}` : '';
  const from = resolved.inherited ? ` (inherited from ${resolved.source.name})` : '';
  return `${STATE_LABELS[resolved.state].toLowerCase()}${note}${from}`;
}

/**
 * The accessible name of a grid cell: "LIVE in Germany: differs — DSA notice period (inherited from European Union)".
 */
export function cellAccessibleName(
  surface: Pick<Surface, 'name'>,
  market: Pick<Market, 'name'>,
  resolved: ResolvedCell | null,
): string {
  return `${surface.name} in ${market.name}: ${describeResolved(resolved)}`;
}

/** Cells from the API as a map. */
export function toCellMap(cells: readonly ApplicabilityCell[]): Map<string, CellValue> {
  return new Map(cells.map((c) => [cellKey(c.surfaceId, c.marketId), { state: c.state, note: c.note }]));
}

/** The base grid with the staged edits applied. */
export function applyEdits(base: CellMap, edits: CellEdits): Map<string, CellValue> {
  const out = new Map(base);
  for (const [key, value] of edits) {
    if (value) out.set(key, value);
    else out.delete(key);
  }
  return out;
}

function sameValue(a: CellValue | null | undefined, b: CellValue | null | undefined): boolean {
  if (!a || !b) return !a && !b;
  return a.state === b.state && a.note === b.note;
}

/** The edits that actually change the base (an edit back to the saved value is no change). */
export function effectiveEdits(base: CellMap, edits: CellEdits): Map<string, CellValue | null> {
  return new Map([...edits].filter(([key, value]) => !sameValue(base.get(key), value)));
}

/**
 * The grid as the API takes it: every set cell once, in grid order (surfaces, then markets), so
 * that an error path like `body.cells.3.note` can be traced back to its cell.
 */
export function toCellList(
  cells: CellMap,
  surfaces: readonly Surface[],
  markets: readonly Market[],
): ApplicabilityCell[] {
  const out: ApplicabilityCell[] = [];
  const ordered = orderMarkets(markets);
  for (const surface of [...surfaces].sort((a, b) => a.position - b.position)) {
    for (const market of ordered) {
      const value = cells.get(cellKey(surface.id, market.id));
      if (value)
        out.push({
          surfaceId: surface.id,
          marketId: market.id,
          state: value.state,
          note: value.state === 'differs' ? value.note.trim() : '',
        });
    }
  }
  return out;
}

/** The cell a field error of a grid save points at (`body.cells.3.note`), or null. */
export function cellOfErrorPath(
  path: string,
  sent: readonly ApplicabilityCell[],
): { key: string; field: string } | null {
  const match = /^body\.cells\.(\d+)\.(\w+)$/.exec(path);
  const cell = match ? sent[Number(match[1])] : undefined;
  return cell && match ? { key: cellKey(cell.surfaceId, cell.marketId), field: match[2]! } : null;
}

/**
 * "Set row": the whole surface gets one state by setting Global and clearing every market's own
 * cell, so that all markets inherit it; null clears the row.
 */
export function rowEdits(
  surfaceId: string,
  markets: readonly Market[],
  state: Exclude<ApplicabilityState, 'differs'> | null,
): Map<string, CellValue | null> {
  const edits = new Map<string, CellValue | null>();
  for (const market of markets) {
    edits.set(cellKey(surfaceId, market.id), market.kind === 'global' && state ? { state, note: '' } : null);
  }
  return edits;
}

/** Footnote numbers of explicit "differs" cells, in grid order. */
export function differsFootnotes(
  cells: CellMap,
  surfaces: readonly Surface[],
  markets: readonly Market[],
): Map<string, number> {
  const notes = new Map<string, number>();
  for (const cell of toCellList(cells, surfaces, markets)) {
    if (cell.state === 'differs') notes.set(cellKey(cell.surfaceId, cell.marketId), notes.size + 1);
  }
  return notes;
}

/** "Takes effect 1 Jun 2025; in European Union 1 Sep 2025", with dates written by `format`. */
export function marketDatesSentence(
  effectiveDate: string | null,
  marketDates: readonly Pick<MarketDate, 'marketName' | 'effectiveDate'>[],
  format: (date: string) => string = (d) => d,
): string {
  const head = effectiveDate ? `Takes effect ${format(effectiveDate)}` : 'No effective date yet';
  return [head, ...marketDates.map((d) => `in ${d.marketName} ${format(d.effectiveDate)}`)].join('; ');
}

export interface MarketOption {
  value: string;
  label: string;
}

/** Options for a market select, grouped like the grid's columns ("European Union": EU, DE, FR). */
export function marketSelectData(
  markets: readonly Market[],
  options: { withGlobal?: boolean } = {},
): { group: string; items: MarketOption[] }[] {
  return groupMarkets(markets)
    .map((group) => ({
      group: group.label,
      items: group.markets
        .filter((m) => options.withGlobal !== false || m.kind !== 'global')
        .map((m) => ({
          value: m.id,
          label:
            m.kind === 'region' ? `${m.name} (whole region)` : m.kind === 'global' ? m.name : `${m.name} (${m.code})`,
        })),
    }))
    .filter((group) => group.items.length > 0);
}
