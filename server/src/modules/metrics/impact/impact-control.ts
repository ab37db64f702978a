import type { ImpactControl, Market, ResolvedApplicabilityCell, Surface } from '@policyops/contracts';
import { addDays } from '../statistics/day-of-week.js';
import type { VersionTimeline } from '../version-timeline.js';
import type { CellFilter } from './impact-inputs.js';
import type { CellDayRow } from './impact.repository.js';

export interface ControlContext {
  policyId: string;
  versionId: string;
  versionLabel: string;
  timeline: VersionTimeline;
  markets: readonly Market[];
  surfaces: readonly Surface[];
  treatedMarketIds: ReadonlySet<string>;
  /** The surface analysed, or null for all. */
  surfaceId: string | null;
  /** First and last day of the analysis (pre window start, post window end). */
  from: string;
  to: string;
  rows: readonly CellDayRow[];
  grid: readonly ResolvedApplicabilityCell[];
}

export interface ControlChoice {
  control: ImpactControl;
  treated: CellFilter;
  controlRows: CellFilter;
}

const cellKey = (marketId: string, surfaceId: string) => `${marketId}|${surfaceId}`;

/** True when one and the same version (or none) held on every day of the range: nothing launched there. */
function unchangedAndWithout(ctx: ControlContext, marketId: string): boolean {
  const first = ctx.timeline.versionOn(ctx.policyId, marketId, ctx.from);
  if (first === ctx.versionId) return false;
  for (let day = ctx.from; day <= ctx.to; day = addDays(day, 1)) {
    if (ctx.timeline.versionOn(ctx.policyId, marketId, day) !== first) return false;
  }
  return true;
}

/**
 * The control of a difference-in-differences, in order of preference:
 * (a) markets with data where this version was not in force on any day of the pre, ramp-up or post
 *     window and no other version took effect either (a control with its own launch would carry that
 *     launch's effect into the estimate) — e.g. DE while 2.0 waits for its later German date;
 * (b) otherwise, within the treated markets, the surface x market cells where the applicability grid
 *     says the policy does not apply or applies differently but that still carry rows: the version's
 *     text changed there too, but the enforcement it describes did not.
 * Null when neither exists; the caller then reads the series against its own past (observational).
 */
export function chooseControl(ctx: ControlContext): ControlChoice | null {
  const onSurface = (row: CellDayRow) => ctx.surfaceId === null || row.surfaceId === ctx.surfaceId;
  const withRows = new Set(ctx.rows.filter(onSurface).map((r) => r.marketId));
  const codeOf = new Map(ctx.markets.map((m) => [m.id, m.code]));
  const controlMarkets = ctx.markets.filter(
    (m) => !ctx.treatedMarketIds.has(m.id) && withRows.has(m.id) && unchangedAndWithout(ctx, m.id),
  );
  if (controlMarkets.length > 0) {
    const ids = new Set(controlMarkets.map((m) => m.id));
    const codes = controlMarkets.map((m) => m.code);
    return {
      control: {
        rule: 'markets_not_in_force',
        label: `${codes.join(', ')} (version ${ctx.versionLabel} not in force)`,
        markets: controlMarkets.map((m) => ({ id: m.id, code: m.code })),
        cells: [],
      },
      treated: (r) => ctx.treatedMarketIds.has(r.marketId) && onSurface(r),
      controlRows: (r) => ids.has(r.marketId) && onSurface(r),
    };
  }
  const cellsWithRows = new Set(ctx.rows.map((r) => cellKey(r.marketId, r.surfaceId)));
  const surfaceName = new Map(ctx.surfaces.map((s) => [s.id, s.name]));
  const gridCells = ctx.grid.filter(
    (c) =>
      (c.state === 'does_not_apply' || c.state === 'differs') &&
      ctx.treatedMarketIds.has(c.marketId) &&
      (ctx.surfaceId === null || c.surfaceId === ctx.surfaceId) &&
      cellsWithRows.has(cellKey(c.marketId, c.surfaceId)),
  );
  if (gridCells.length === 0) return null;
  const inControl = new Set(gridCells.map((c) => cellKey(c.marketId, c.surfaceId)));
  const cells = gridCells.map((c) => ({
    market: codeOf.get(c.marketId) ?? '',
    surface: surfaceName.get(c.surfaceId) ?? '',
  }));
  const markets = [...new Set(gridCells.map((c) => c.marketId))].map((id) => ({ id, code: codeOf.get(id) ?? '' }));
  return {
    control: {
      rule: 'grid_not_applying',
      label: `cells where the policy does not apply or differs (${cells.map((c) => `${c.surface} in ${c.market}`).join(', ')})`,
      markets,
      cells,
    },
    treated: (r) =>
      ctx.treatedMarketIds.has(r.marketId) && onSurface(r) && !inControl.has(cellKey(r.marketId, r.surfaceId)),
    controlRows: (r) => inControl.has(cellKey(r.marketId, r.surfaceId)),
  };
}
