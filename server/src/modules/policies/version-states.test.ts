import type { MarketDate } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { ReadingStates, marketStatesOf, policyStatusOf, publishedStates, readingStateOf } from './version-states.js';

const v = (id: string, effective_date: string | null, published_at = `${id}-published`) => ({
  id,
  effective_date,
  published_at,
});
const open = (today: string) => ({ today, retiredOn: null });
const asObject = (states: Map<string, string>) => Object.fromEntries(states);

describe('publishedStates', () => {
  const history = [v('a', '2025-01-01'), v('b', '2026-01-15'), v('c', '2027-01-15')];

  it('makes the latest date on or before today live, later dates scheduled, earlier ones superseded', () => {
    expect(asObject(publishedStates(history, open('2026-12-01')))).toEqual({
      a: 'superseded',
      b: 'live',
      c: 'scheduled',
    });
  });

  it('flips on the effective date itself, not the day after', () => {
    expect(publishedStates(history, open('2027-01-14')).get('c')).toBe('scheduled');
    expect(asObject(publishedStates(history, open('2027-01-15')))).toEqual({
      a: 'superseded',
      b: 'superseded',
      c: 'live',
    });
  });

  it('has nothing live before the first date', () => {
    expect(asObject(publishedStates(history, open('2024-12-31')))).toEqual({
      a: 'scheduled',
      b: 'scheduled',
      c: 'scheduled',
    });
  });

  it('breaks a same-day tie by the later publication, in force and scheduled alike', () => {
    const tie = [v('early', '2026-06-01', '2026-05-01T00:00:00Z'), v('late', '2026-06-01', '2026-05-02T00:00:00Z')];
    expect(asObject(publishedStates(tie, open('2026-06-01')))).toEqual({ early: 'superseded', late: 'live' });
    // The earlier one will never be in force: it is replaced on the very day it would take effect.
    expect(asObject(publishedStates(tie, open('2026-05-15')))).toEqual({ early: 'superseded', late: 'scheduled' });
  });

  it('has nothing in force or scheduled from the day the policy was retired', () => {
    const retired = { today: '2026-12-01', retiredOn: '2026-11-30' };
    expect(asObject(publishedStates(history, retired))).toEqual({ a: 'superseded', b: 'superseded', c: 'superseded' });
    expect(publishedStates(history, { today: '2026-11-29', retiredOn: '2026-11-30' }).get('b')).toBe('live');
  });

  it('counts a version without a date as never in force', () => {
    expect(asObject(publishedStates([v('a', null)], open('2026-12-01')))).toEqual({ a: 'superseded' });
  });
});

describe('marketStatesOf', () => {
  const de = { marketId: 'de', marketCode: 'DE', marketName: 'Germany' };
  const eu = { marketId: 'eu', marketCode: 'EU', marketName: 'European Union' };
  const lineages = new Map([
    ['de', ['de', 'eu', 'global']],
    ['eu', ['eu', 'global']],
  ]);
  const versions = [v('old', '2025-01-01'), v('new', '2026-11-01')];

  it('is scheduled in a market whose own date is ahead while the older version stays in force there', () => {
    const dates = new Map<string, MarketDate[]>([['new', [{ ...de, effectiveDate: '2027-01-15' }]]]);
    const states = marketStatesOf(versions, dates, lineages, open('2026-12-01'));
    expect(states.get('new')).toEqual([{ ...de, state: 'scheduled', effectiveDate: '2027-01-15' }]);
    expect(states.get('old')).toEqual([{ ...de, state: 'live', effectiveDate: '2025-01-01' }]);
    expect(publishedStates(versions, open('2026-12-01')).get('new')).toBe('live');
  });

  it("follows a region's date in its countries, and a country's own date first", () => {
    const dates = new Map<string, MarketDate[]>([
      [
        'new',
        [
          { ...eu, effectiveDate: '2026-12-15' },
          { ...de, effectiveDate: '2026-11-20' },
        ],
      ],
    ]);
    const states = marketStatesOf(versions, dates, lineages, open('2026-12-01'));
    expect(states.get('new')!.map((m) => [m.marketCode, m.state])).toEqual([
      ['EU', 'scheduled'],
      ['DE', 'live'],
    ]);
  });

  it('lists no market when no version has a date of its own anywhere', () => {
    expect(marketStatesOf(versions, new Map(), lineages, open('2026-12-01')).get('new')).toEqual([]);
  });
});

describe('statuses and stored states', () => {
  it('reads a published policy with nothing in force yet as scheduled, and keeps other statuses', () => {
    expect(policyStatusOf('live', true)).toBe('live');
    expect(policyStatusOf('live', false)).toBe('scheduled');
    expect(policyStatusOf('retired', false)).toBe('retired');
    expect(policyStatusOf('in_review', false)).toBe('in_review');
  });

  it('derives published states only, whatever was stored for them', () => {
    expect(readingStateOf('live', 'scheduled')).toBe('scheduled');
    expect(readingStateOf('superseded', 'live')).toBe('live');
    expect(readingStateOf('draft', undefined)).toBe('draft');
  });

  it('answers for many policies at once', () => {
    const rows = [
      { ...v('a1', '2025-01-01'), policy_id: 'a', retired_at: null },
      { ...v('a2', '2027-01-01'), policy_id: 'a', retired_at: null },
      { ...v('b1', '2027-01-01'), policy_id: 'b', retired_at: null },
    ];
    const states = new ReadingStates(rows, '2026-12-01');
    expect([states.version('a1', 'superseded'), states.version('a2', 'live')]).toEqual(['live', 'scheduled']);
    expect([states.policy('a', 'live'), states.policy('b', 'live')]).toEqual(['live', 'scheduled']);
  });
});
