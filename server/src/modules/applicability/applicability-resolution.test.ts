import { describe, expect, it } from 'vitest';
import { cellMap, inheritsFrom, policiesApplying, resolveCell, resolveGrid } from './applicability-resolution.js';

const markets = [
  { id: 'global', parent_id: null, kind: 'global' },
  { id: 'eu', parent_id: null, kind: 'region' },
  { id: 'de', parent_id: 'eu', kind: 'country' },
  { id: 'ch', parent_id: null, kind: 'country' },
];
const cell = (surface_id: string, market_id: string, state: string, note = '') => ({
  surface_id,
  market_id,
  state,
  note,
});

describe('inheritsFrom', () => {
  it('goes country, region, Global; a loose country and a region go straight to Global; Global to nothing', () => {
    expect(inheritsFrom('de', markets)).toEqual(['eu', 'global']);
    expect(inheritsFrom('ch', markets)).toEqual(['global']);
    expect(inheritsFrom('eu', markets)).toEqual(['global']);
    expect(inheritsFrom('global', markets)).toEqual([]);
    expect(inheritsFrom('unknown', markets)).toEqual(['global']);
  });

  it('stops at a cycle and works without a Global market', () => {
    const looped = [
      { id: 'a', parent_id: 'b', kind: 'country' },
      { id: 'b', parent_id: 'a', kind: 'region' },
    ];
    expect(inheritsFrom('a', looped)).toEqual(['b']);
  });
});

describe('resolveCell', () => {
  const cells = cellMap([cell('live', 'global', 'applies'), cell('live', 'eu', 'differs', 'DSA notice period')]);

  it('takes the own cell, else the region, else Global, and says where it came from', () => {
    expect(resolveCell(cells, 'live', 'de', inheritsFrom('de', markets))).toEqual({
      surfaceId: 'live',
      marketId: 'de',
      state: 'differs',
      note: 'DSA notice period',
      inherited: true,
      sourceMarketId: 'eu',
    });
    expect(resolveCell(cells, 'live', 'ch', inheritsFrom('ch', markets))).toMatchObject({
      state: 'applies',
      inherited: true,
      sourceMarketId: 'global',
    });
    expect(resolveCell(cells, 'live', 'global', [])).toMatchObject({ state: 'applies', inherited: false });
    expect(resolveCell(cells, 'ads', 'de', inheritsFrom('de', markets))).toMatchObject({
      state: null,
      sourceMarketId: null,
    });
  });

  it('keeps a note only where the policy differs', () => {
    const noted = cellMap([cell('live', 'global', 'applies', 'stray note')]);
    expect(resolveCell(noted, 'live', 'de', inheritsFrom('de', markets)).note).toBe('');
  });

  it('resolves a whole grid, surfaces by markets in the order given', () => {
    const grid = resolveGrid([cell('live', 'de', 'does_not_apply')], ['live', 'ads'], markets);
    expect(grid.map((c) => `${c.surfaceId}/${c.marketId}:${c.state ?? '-'}`)).toEqual([
      'live/global:-',
      'live/eu:-',
      'live/de:does_not_apply',
      'live/ch:-',
      'ads/global:-',
      'ads/eu:-',
      'ads/de:-',
      'ads/ch:-',
    ]);
  });
});

describe('policiesApplying', () => {
  const rows = [
    { policy_id: 'a', ...cell('live', 'global', 'applies') },
    { policy_id: 'a', ...cell('live', 'de', 'does_not_apply') },
    { policy_id: 'b', ...cell('ads', 'eu', 'differs', 'Local rules') },
  ];

  it('finds the policies that apply on a surface in a market, by the same inheritance', () => {
    expect(policiesApplying(rows, ['live'], 'de', markets)).toEqual(new Set());
    expect(policiesApplying(rows, ['live'], 'ch', markets)).toEqual(new Set(['a']));
    expect(policiesApplying(rows, [], 'de', markets)).toEqual(new Set(['b']));
    expect(policiesApplying(rows, ['ads'], undefined, markets)).toEqual(new Set(['b']));
  });
});
