import type { Market, Surface } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  cellAccessibleName,
  cellKey,
  cellOfErrorPath,
  differsFootnotes,
  effectiveDateIn,
  effectiveEdits,
  groupMarkets,
  marketDatesSentence,
  marketSelectData,
  orderMarkets,
  resolveCell,
  rowEdits,
  toCellList,
  toCellMap,
} from './applicability-grid';

let n = 0;
function market(
  code: string,
  name: string,
  kind: Market['kind'],
  parentId: string | null = null,
  position = n++,
): Market {
  return { id: `m-${code}`, code, name, kind, parentId, position, version: 1 };
}

const GLOBAL = market('GLOBAL', 'Global', 'global');
const EU = market('EU', 'European Union', 'region');
const NA = market('NA', 'North America', 'region');
const DE = market('DE', 'Germany', 'country', EU.id);
const FR = market('FR', 'France', 'country', EU.id);
const US = market('US', 'United States', 'country', NA.id);
const CH = market('CH', 'Switzerland', 'country');
// Shuffled, as nothing promises the API's order.
const MARKETS = [US, DE, CH, GLOBAL, FR, NA, EU];

const surface = (name: string, position: number): Surface => ({ id: `s-${name}`, name, position, version: 1 });
const LIVE = surface('LIVE', 1);
const ADS = surface('Ads', 2);
const SURFACES = [ADS, LIVE];

describe('groupMarkets', () => {
  it('puts Global first, then each region followed by its countries, then countries without a region', () => {
    expect(groupMarkets(MARKETS).map((g) => [g.label, g.markets.map((m) => m.code)])).toEqual([
      ['Global', ['GLOBAL']],
      ['European Union', ['EU', 'DE', 'FR']],
      ['North America', ['NA', 'US']],
      ['Other countries', ['CH']],
    ]);
    expect(orderMarkets(MARKETS).map((m) => m.code)).toEqual(['GLOBAL', 'EU', 'DE', 'FR', 'NA', 'US', 'CH']);
  });

  it('orders by position, then code', () => {
    const a = { ...market('ZZ', 'Zed', 'region'), position: 0 };
    const b = { ...market('AA', 'Aa', 'region'), position: 0 };
    expect(orderMarkets([a, b]).map((m) => m.code)).toEqual(['AA', 'ZZ']);
  });
});

describe('resolveCell', () => {
  const cells = toCellMap([
    { surfaceId: LIVE.id, marketId: GLOBAL.id, state: 'applies', note: '' },
    { surfaceId: LIVE.id, marketId: EU.id, state: 'differs', note: 'DSA notice period' },
    { surfaceId: LIVE.id, marketId: FR.id, state: 'does_not_apply', note: '' },
  ]);

  it('takes the own cell, else the region, else Global', () => {
    expect(resolveCell(cells, LIVE.id, FR, MARKETS)).toMatchObject({ state: 'does_not_apply', inherited: false });
    expect(resolveCell(cells, LIVE.id, DE, MARKETS)).toMatchObject({ state: 'differs', inherited: true, source: EU });
    expect(resolveCell(cells, LIVE.id, US, MARKETS)).toMatchObject({
      state: 'applies',
      inherited: true,
      source: GLOBAL,
    });
    expect(resolveCell(cells, LIVE.id, CH, MARKETS)).toMatchObject({ state: 'applies', source: GLOBAL });
    expect(resolveCell(cells, ADS.id, DE, MARKETS)).toBeNull();
  });

  it('names a cell for assistive technology', () => {
    expect(cellAccessibleName(LIVE, DE, resolveCell(cells, LIVE.id, DE, MARKETS))).toBe(
      'LIVE in Germany: differs — DSA notice period (inherited from European Union)',
    );
    expect(cellAccessibleName(LIVE, GLOBAL, resolveCell(cells, LIVE.id, GLOBAL, MARKETS))).toBe(
      'LIVE in Global: applies',
    );
    expect(cellAccessibleName(ADS, DE, null)).toBe('Ads in Germany: not set');
  });

  it('numbers the explicit "differs" cells in grid order', () => {
    expect([...differsFootnotes(cells, SURFACES, MARKETS)]).toEqual([[cellKey(LIVE.id, EU.id), 1]]);
  });
});

describe('staged edits', () => {
  const base = toCellMap([{ surfaceId: LIVE.id, marketId: GLOBAL.id, state: 'applies', note: '' }]);

  it('applies sets and clears, and ignores edits back to the saved value', () => {
    const edits = new Map([
      [cellKey(LIVE.id, GLOBAL.id), null],
      [cellKey(ADS.id, DE.id), { state: 'does_not_apply' as const, note: '' }],
    ]);
    expect([...applyEdits(base, edits).keys()]).toEqual([cellKey(ADS.id, DE.id)]);
    expect(effectiveEdits(base, new Map([[cellKey(LIVE.id, GLOBAL.id), { state: 'applies', note: '' }]])).size).toBe(0);
    expect(effectiveEdits(base, new Map([[cellKey(ADS.id, FR.id), null]])).size).toBe(0);
  });

  it('lists cells in grid order and traces an error path back to its cell', () => {
    const cells = applyEdits(
      base,
      new Map([
        [cellKey(ADS.id, GLOBAL.id), { state: 'does_not_apply', note: 'ignored' }],
        [cellKey(LIVE.id, DE.id), { state: 'differs', note: '  ' }],
      ]),
    );
    const list = toCellList(cells, SURFACES, MARKETS);
    expect(list.map((c) => [c.surfaceId, c.marketId, c.note])).toEqual([
      [LIVE.id, GLOBAL.id, ''],
      [LIVE.id, DE.id, ''],
      [ADS.id, GLOBAL.id, ''],
    ]);
    expect(cellOfErrorPath('body.cells.1.note', list)).toEqual({ key: cellKey(LIVE.id, DE.id), field: 'note' });
    expect(cellOfErrorPath('body.cells.9.note', list)).toBeNull();
    expect(cellOfErrorPath('body.version', list)).toBeNull();
  });

  it('sets a whole row through Global, clearing market exceptions', () => {
    const edits = rowEdits(LIVE.id, MARKETS, 'does_not_apply');
    expect(edits.get(cellKey(LIVE.id, GLOBAL.id))).toEqual({ state: 'does_not_apply', note: '' });
    expect(edits.get(cellKey(LIVE.id, DE.id))).toBeNull();
    expect([...rowEdits(LIVE.id, MARKETS, null).values()].every((v) => v === null)).toBe(true);
  });
});

describe('market effective dates', () => {
  const version = { effectiveDate: '2025-06-01', marketDates: [{ marketId: EU.id, effectiveDate: '2025-09-01' }] };

  it('uses the market date, else the region date, else the version date', () => {
    expect(effectiveDateIn(version, EU.id, MARKETS)).toBe('2025-09-01');
    expect(effectiveDateIn(version, DE.id, MARKETS)).toBe('2025-09-01');
    expect(effectiveDateIn(version, US.id, MARKETS)).toBe('2025-06-01');
    expect(effectiveDateIn(version, 'unknown', MARKETS)).toBe('2025-06-01');
  });

  it('writes the dates as one sentence', () => {
    expect(marketDatesSentence('2025-06-01', [{ marketName: 'European Union', effectiveDate: '2025-09-01' }])).toBe(
      'Takes effect 2025-06-01; in European Union 2025-09-01',
    );
    expect(marketDatesSentence(null, [])).toBe('No effective date yet');
  });

  it('offers markets grouped like the grid, Global optional', () => {
    const data = marketSelectData(MARKETS, { withGlobal: false });
    expect(data.map((g) => g.group)).toEqual(['European Union', 'North America', 'Other countries']);
    expect(data[0]!.items.map((i) => i.label)).toEqual([
      'European Union (whole region)',
      'Germany (DE)',
      'France (FR)',
    ]);
    expect(marketSelectData(MARKETS)[0]!.items).toEqual([{ value: GLOBAL.id, label: 'Global' }]);
  });
});
