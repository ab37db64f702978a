import { describe, expect, it } from 'vitest';
import { actionIdsOf, carryForward, withoutDuplicates, type PreviousAgendaItem } from './agenda-rules.js';

const item = (over: Partial<PreviousAgendaItem>): PreviousAgendaItem => ({
  title: 'Item',
  detail: '',
  sourceKind: null,
  sourceId: null,
  href: null,
  done: false,
  carriedFrom: null,
  actions: [],
  ...over,
});

describe('open items carry forward', () => {
  it('carries items not done and open actions, with the date first seen', () => {
    const previous = [
      item({ title: 'Open blocker', sourceKind: 'raid_item', sourceId: 'r1' }),
      item({ title: 'Settled', done: true, actions: [{ id: 'a1', title: 'Draft copy', href: '/action-items/a1' }] }),
      item({ title: 'Older', carriedFrom: '2026-11-10' }),
      item({ title: 'Closed action', done: true, actions: [{ id: 'a2', title: 'Done already', href: '/x' }] }),
    ];
    const carried = carryForward('2026-11-24', previous, new Set(['a1']));
    expect(carried.map((c) => [c.title, c.carriedFrom, c.section])).toEqual([
      ['Open blocker', '2026-11-24', 'carried_forward'],
      ['Draft copy', '2026-11-24', 'carried_forward'],
      ['Older', '2026-11-10', 'carried_forward'],
    ]);
    expect(carried[1]).toMatchObject({ sourceKind: 'action_item', sourceId: 'a1', detail: 'Action still open' });
  });

  it('drops a carried action once it is closed, even if the item was not marked done', () => {
    const previous = [
      item({ title: 'Draft copy', sourceKind: 'action_item', sourceId: 'a1', carriedFrom: '2026-11-17' }),
    ];
    expect(carryForward('2026-11-24', previous, new Set())).toEqual([]);
    expect(carryForward('2026-11-24', previous, new Set(['a1']))[0]).toMatchObject({ carriedFrom: '2026-11-17' });
  });

  it('lists an action once when it is both an outcome and a carried item', () => {
    const previous = [
      item({ title: 'Draft copy', sourceKind: 'action_item', sourceId: 'a1' }),
      item({ title: 'Another', actions: [{ id: 'a1', title: 'Draft copy', href: '/x' }] }),
    ];
    expect(actionIdsOf(previous)).toEqual(['a1']);
    expect(carryForward('2026-11-24', previous, new Set(['a1'])).map((c) => c.title)).toEqual([
      'Draft copy',
      'Another',
    ]);
  });
});

describe('pre-fill dedupe', () => {
  it('adds only records not yet on the agenda, in any section, and keeps typed items', () => {
    const existing = [
      { sourceKind: 'raid_item', sourceId: 'r1' },
      { sourceKind: null, sourceId: null },
    ];
    const candidates = [
      { title: 'Same blocker', sourceKind: 'raid_item', sourceId: 'r1' },
      { title: 'New blocker', sourceKind: 'raid_item', sourceId: 'r2' },
      { title: 'Repeat', sourceKind: 'raid_item', sourceId: 'r2' },
      { title: 'Same id, other kind', sourceKind: 'decision', sourceId: 'r1' },
      { title: 'Typed', sourceKind: null, sourceId: null },
    ];
    expect(withoutDuplicates(existing, candidates).map((c) => c.title)).toEqual([
      'New blocker',
      'Same id, other kind',
      'Typed',
    ]);
  });
});
