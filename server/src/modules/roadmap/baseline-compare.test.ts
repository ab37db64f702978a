import { describe, expect, it } from 'vitest';
import { compareWithBaseline, type RoadmapSnapshot } from './baseline-compare.js';

const baseline = (): RoadmapSnapshot => ({
  initiatives: [
    {
      id: 'i1',
      title: 'Hate speech policy refresh',
      ownerId: 'u1',
      status: 'planned',
      start: '2026-07-01',
      end: '2026-09-30',
      areaIds: ['hate'],
      policyIds: ['p1', 'p2'],
      teamIds: ['t1'],
    },
    {
      id: 'i2',
      title: 'Minor safety age assurance',
      ownerId: 'u2',
      status: 'proposed',
      start: '2026-10-01',
      end: '2026-12-31',
      areaIds: ['minors'],
      policyIds: [],
      teamIds: ['t2'],
    },
    {
      id: 'i3',
      title: 'Retired idea',
      ownerId: 'u3',
      status: 'proposed',
      start: '2027-01-01',
      end: '2027-03-31',
      areaIds: [],
      policyIds: [],
      teamIds: [],
    },
  ],
  milestones: [
    { id: 'm1', initiativeId: 'i1', title: 'Draft to Legal', date: '2026-08-14' },
    { id: 'm2', initiativeId: 'i1', title: 'Launch', date: '2026-09-30' },
    { id: 'm3', initiativeId: 'i3', title: 'Kick-off', date: '2027-01-05' },
  ],
  keyResults: [
    { id: 'k1', title: 'Appeal overturn rate', type: 'decrease_to', baseline: 12, target: 8 },
    { id: 'k2', title: 'Policies refreshed', type: 'increase_to', baseline: 0, target: 10 },
    { id: 'k3', title: 'QA accuracy', type: 'stay_at_or_above', baseline: 90, target: 92 },
    { id: 'k4', title: 'Unchanged', type: 'increase_to', baseline: 1, target: 2 },
  ],
});

const live = (): RoadmapSnapshot => {
  const plan = baseline();
  plan.initiatives[0] = {
    ...plan.initiatives[0]!,
    start: '2026-07-15',
    end: '2026-10-20',
    status: 'in_progress',
    policyIds: ['p2', 'p3'],
    teamIds: ['t1', 't3'],
  };
  plan.initiatives[1] = { ...plan.initiatives[1]!, ownerId: 'u4', start: '2026-09-21' };
  plan.initiatives.splice(2, 1, {
    id: 'i4',
    title: 'Transparency report Q3',
    ownerId: 'u1',
    status: 'planned',
    start: '2026-10-01',
    end: '2026-10-31',
    areaIds: [],
    policyIds: [],
    teamIds: ['t1'],
  });
  plan.milestones = [
    { id: 'm1', initiativeId: 'i1', title: 'Draft to Legal', date: '2026-08-28' },
    { id: 'm2', initiativeId: 'i1', title: 'Launch', date: '2026-09-25' },
    { id: 'm4', initiativeId: 'i4', title: 'Publish', date: '2026-10-31' },
  ];
  plan.keyResults = [
    { id: 'k1', title: 'Appeal overturn rate', type: 'decrease_to', baseline: 12, target: 10 },
    { id: 'k2', title: 'Policies refreshed', type: 'increase_to', baseline: 0, target: 12 },
    { id: 'k3', title: 'QA accuracy', type: 'stay_at_or_above', baseline: 90, target: 91 },
    { id: 'k4', title: 'Unchanged', type: 'increase_to', baseline: 1, target: 2 },
    { id: 'k5', title: 'New', type: 'yes_no', baseline: 0, target: 1 },
  ];
  return plan;
};

describe('compareWithBaseline', () => {
  it('names initiatives added and removed', () => {
    const result = compareWithBaseline(baseline(), live());
    expect(result.initiatives.added).toEqual([{ id: 'i4', title: 'Transparency report Q3' }]);
    expect(result.initiatives.removed).toEqual([{ id: 'i3', title: 'Retired idea' }]);
  });

  it('measures moved dates in signed days', () => {
    const result = compareWithBaseline(baseline(), live());
    expect(result.initiatives.datesMoved).toEqual([
      {
        id: 'i1',
        title: 'Hate speech policy refresh',
        startBefore: '2026-07-01',
        startAfter: '2026-07-15',
        startDeltaDays: 14,
        endBefore: '2026-09-30',
        endAfter: '2026-10-20',
        endDeltaDays: 20,
      },
      {
        id: 'i2',
        title: 'Minor safety age assurance',
        startBefore: '2026-10-01',
        startAfter: '2026-09-21',
        startDeltaDays: -10,
        endBefore: '2026-12-31',
        endAfter: '2026-12-31',
        endDeltaDays: 0,
      },
    ]);
  });

  it('names status, owner and scope changes', () => {
    const result = compareWithBaseline(baseline(), live());
    expect(result.initiatives.statusChanged).toEqual([
      { id: 'i1', title: 'Hate speech policy refresh', before: 'planned', after: 'in_progress' },
    ]);
    expect(result.initiatives.ownerChanged).toEqual([
      { id: 'i2', title: 'Minor safety age assurance', before: 'u2', after: 'u4' },
    ]);
    expect(result.initiatives.scopeChanged).toEqual([
      {
        id: 'i1',
        title: 'Hate speech policy refresh',
        areas: { added: [], removed: [] },
        policies: { added: ['p3'], removed: ['p1'] },
        teams: { added: ['t3'], removed: [] },
      },
    ]);
  });

  it('leaves out policies the reader may not see', () => {
    const result = compareWithBaseline(baseline(), live(), { canSeePolicy: (id) => id !== 'p3' && id !== 'p1' });
    expect(result.initiatives.scopeChanged[0]!.policies).toEqual({ added: [], removed: [] });
    expect(result.initiatives.scopeChanged[0]!.teams.added).toEqual(['t3']);
  });

  it('measures milestone slips in days, later positive', () => {
    const result = compareWithBaseline(baseline(), live());
    expect(result.milestones.moved).toEqual([
      {
        id: 'm1',
        title: 'Draft to Legal',
        initiativeId: 'i1',
        dateBefore: '2026-08-14',
        dateAfter: '2026-08-28',
        slipDays: 14,
      },
      {
        id: 'm2',
        title: 'Launch',
        initiativeId: 'i1',
        dateBefore: '2026-09-30',
        dateAfter: '2026-09-25',
        slipDays: -5,
      },
    ]);
    expect(result.milestones.added.map((m) => m.id)).toEqual(['m4']);
    expect(result.milestones.removed.map((m) => m.id)).toEqual(['m3']);
  });

  it('says which key-result targets were lowered, reading each direction', () => {
    const result = compareWithBaseline(baseline(), live());
    expect(result.keyResults.targetsChanged).toEqual([
      // 12% → 8% was the plan; 10% now asks for less: a lowered ambition although the number rose.
      {
        id: 'k1',
        title: 'Appeal overturn rate',
        type: 'decrease_to',
        baseline: 12,
        targetBefore: 8,
        targetAfter: 10,
        ambition: 'lowered',
      },
      {
        id: 'k2',
        title: 'Policies refreshed',
        type: 'increase_to',
        baseline: 0,
        targetBefore: 10,
        targetAfter: 12,
        ambition: 'raised',
      },
      {
        id: 'k3',
        title: 'QA accuracy',
        type: 'stay_at_or_above',
        baseline: 90,
        targetBefore: 92,
        targetAfter: 91,
        ambition: 'lowered',
      },
    ]);
    expect(result.keyResults.added).toEqual([{ id: 'k5', title: 'New' }]);
    expect(result.keyResults.removed).toEqual([]);
  });

  it('reads a stay-at-or-below target raised as lowered, and a change of type as changed', () => {
    const before: RoadmapSnapshot = {
      initiatives: [],
      milestones: [],
      keyResults: [
        { id: 'a', title: 'Time to action', type: 'stay_at_or_below', baseline: 30, target: 24 },
        { id: 'b', title: 'Prevalence', type: 'decrease_to', baseline: 0.5, target: 0.3 },
      ],
    };
    const after: RoadmapSnapshot = {
      ...before,
      keyResults: [
        { id: 'a', title: 'Time to action', type: 'stay_at_or_below', baseline: 30, target: 36 },
        { id: 'b', title: 'Prevalence', type: 'increase_to', baseline: 0.5, target: 0.3 },
      ],
    };
    const changes = compareWithBaseline(before, after).keyResults.targetsChanged;
    expect(changes.map((c) => [c.id, c.ambition])).toEqual([
      ['a', 'lowered'],
      ['b', 'changed'],
    ]);
  });

  it('counts what changed', () => {
    expect(compareWithBaseline(baseline(), live()).summary).toEqual({
      initiativesAdded: 1,
      initiativesRemoved: 1,
      initiativesMoved: 2,
      statusChanges: 1,
      ownerChanges: 1,
      scopeChanges: 1,
      milestonesSlipped: 1,
      milestonesPulledIn: 1,
      targetsLowered: 2,
      targetsRaised: 1,
    });
  });

  it('finds nothing between a snapshot and itself', () => {
    const result = compareWithBaseline(baseline(), baseline());
    expect(Object.values(result.summary).every((n) => n === 0)).toBe(true);
    expect(result.keyResults.targetsChanged).toEqual([]);
  });
});
