import type { Market, Surface } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  cellAccessibleName,
  cellKey,
  cellOfErrorPath,
  differsFootnotes,
  effectiveEdits,
  groupMarkets,
  marketDatesSentence,
  marketSelectData,
  orderMarkets,
  rowEdits,
  serverResolver,
  stagedResolver,
  toCellList,
  toCellMap,
} from './applicability-grid';

let n = 0;
// `inheritsFrom` is the server's answer; these tests give it as the server would.
function market(
  code: string,
  name: string,
  kind: Market['kind'],
  parentId: string | null = null,
  inheritsFrom: string[] = ['m-GLOBAL'],
  position = n++,
): Market {
  return { id: `m-${code}`, code, name, kind, parentId, inheritsFrom, position, version: 1 };
}

const GLOBAL = market('GLOBAL', 'Global', 'global', null, []);
const EU = market('EU', 'European Union', 'region');
const NA = market('NA', 'North America', 'region');
const DE = market('DE', 'Germany', 'country', EU.id, [EU.id, GLOBAL.id]);
const FR = market('FR', 'France', 'country', EU.id, [EU.id, GLOBAL.id]);
const US = market('US', 'United States', 'country', NA.id, [NA.id, GLOBAL.id]);
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

describe('resolved cells', () => {
  const cells = toCellMap([
    { surfaceId: LIVE.id, marketId: GLOBAL.id, state: 'applies', note: '' },
    { surfaceId: LIVE.id, marketId: EU.id, state: 'differs', note: 'DSA notice period' },
    { surfaceId: LIVE.id, marketId: FR.id, state: 'does_not_apply', note: '' },
  ]);

  it('shows a saved grid as the server resolved it, whatever the cells alone would suggest', () => {
    const resolve = serverResolver(
      [
        { surfaceId: LIVE.id, marketId: DE.id, state: 'differs', note: 'DSA', inherited: true, sourceMarketId: EU.id },
        { surfaceId: LIVE.id, marketId: FR.id, state: 'applies', note: '', inherited: false, sourceMarketId: FR.id },
        { surfaceId: ADS.id, marketId: DE.id, state: null, note: '', inherited: false, sourceMarketId: null },
      ],
      MARKETS,
    );
    expect(resolve(LIVE.id, DE)).toEqual({ state: 'differs', note: 'DSA', inherited: true, source: EU });
    expect(resolve(LIVE.id, FR)).toMatchObject({ state: 'applies', inherited: false, source: FR });
    expect(resolve(ADS.id, DE)).toBeNull();
    expect(resolve(ADS.id, US)).toBeNull();
  });

  it('previews staged edits along the inheritsFrom list the server sent, nothing else', () => {
    const resolve = stagedResolver(cells, MARKETS);
    expect(resolve(LIVE.id, FR)).toMatchObject({ state: 'does_not_apply', inherited: false });
    expect(resolve(LIVE.id, DE)).toMatchObject({ state: 'differs', inherited: true, source: EU });
    expect(resolve(LIVE.id, US)).toMatchObject({ state: 'applies', inherited: true, source: GLOBAL });
    expect(resolve(LIVE.id, CH)).toMatchObject({ state: 'applies', source: GLOBAL });
    expect(resolve(ADS.id, DE)).toBeNull();
    // A market the server says inherits from nothing takes nothing from Global.
    expect(stagedResolver(cells, MARKETS)(LIVE.id, { ...CH, inheritsFrom: [] })).toBeNull();
  });

  it('names a cell for assistive technology', () => {
    const resolve = stagedResolver(cells, MARKETS);
    expect(cellAccessibleName(LIVE, DE, resolve(LIVE.id, DE))).toBe(
      'LIVE in Germany: differs — DSA notice period (inherited from European Union)',
    );
    expect(cellAccessibleName(LIVE, GLOBAL, resolve(LIVE.id, GLOBAL))).toBe('LIVE in Global: applies');
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
