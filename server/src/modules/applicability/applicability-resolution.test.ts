import type { ApplicabilityState } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { policiesApplying, resolveCell } from './applicability-resolution.js';

const parentOf = new Map<string, string | null>([
  ['global', null],
  ['eu', null],
  ['de', 'eu'],
  ['us', null],
]);

describe('applicability resolution', () => {
  it('takes the most specific cell: country, then region, then global', () => {
    const cells = new Map<string, ApplicabilityState>([
      ['live:global', 'applies'],
      ['live:eu', 'differs'],
    ]);
    expect(resolveCell(cells, 'live', 'de', parentOf, 'global')).toBe('differs');
    expect(resolveCell(cells, 'live', 'us', parentOf, 'global')).toBe('applies');
    expect(resolveCell(cells, 'ads', 'us', parentOf, 'global')).toBeNull();
    cells.set('live:de', 'does_not_apply');
    expect(resolveCell(cells, 'live', 'de', parentOf, 'global')).toBe('does_not_apply');
  });

  it('finds the policies that apply on a surface in a market', () => {
    const rows = [
      { policy_id: 'a', surface_id: 'live', market_id: 'global', state: 'applies' },
      { policy_id: 'a', surface_id: 'live', market_id: 'de', state: 'does_not_apply' },
      { policy_id: 'b', surface_id: 'ads', market_id: 'eu', state: 'differs' },
    ];
    expect(policiesApplying(rows, ['live'], 'de', parentOf, 'global')).toEqual(new Set());
    expect(policiesApplying(rows, ['live'], 'us', parentOf, 'global')).toEqual(new Set(['a']));
    expect(policiesApplying(rows, [], 'de', parentOf, 'global')).toEqual(new Set(['b']));
    expect(policiesApplying(rows, ['ads'], undefined, parentOf, 'global')).toEqual(new Set(['b']));
  });
});
