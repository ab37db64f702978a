import { describe, expect, it } from 'vitest';
import type { RoadmapSnapshot } from './baseline-compare.js';
import { decodeSnapshot, encodeSnapshot } from './baseline-snapshot.js';

const snapshot: RoadmapSnapshot = {
  initiatives: [
    {
      id: 'i1',
      title: 'DSA readiness',
      ownerId: 'u1',
      status: 'planned',
      start: '2027-01-01',
      end: '2027-06-30',
      areaIds: ['a1'],
      policyIds: ['p1', 'p2'],
      teamIds: [],
    },
  ],
  milestones: [{ id: 'm1', initiativeId: 'i1', title: 'Gap analysis', date: '2027-02-15' }],
  keyResults: [{ id: 'k1', title: 'Appeal backlog', type: 'decrease_to', baseline: 12, target: 8 }],
};

describe('the stored baseline snapshot', () => {
  it('round-trips every field', () => {
    expect(decodeSnapshot(encodeSnapshot(snapshot))).toEqual(snapshot);
  });

  it('is positional: no repeated keys per row', () => {
    const text = encodeSnapshot(snapshot);
    expect(text).not.toContain('"title"');
    expect(text.startsWith('{"v":1,')).toBe(true);
  });

  it('refuses a snapshot of an unknown version', () => {
    expect(() => decodeSnapshot('{"v":2,"i":[],"m":[],"k":[]}')).toThrow(/version 2/);
  });
});
