import { describe, expect, it } from 'vitest';
import {
  PRIORITY_FORMULA,
  capacityByTeamAndQuarter,
  capacityWhatIf,
  priorityScore,
  rankByPriority,
  type CapacityInput,
} from './capacity.js';

// FY2027 with a July start: Q1 07-01..09-30 (92 days, 13.14 weeks), Q2 10-01..12-31 (92 days).
// Team t1 has 4 people at 50% focus (26.29 person-weeks in Q1), 6 people in Q2 (39.43).
const input = (): CapacityInput => ({
  fiscalYearStartMonth: 7,
  quarters: ['FY2027-Q1', 'FY2027-Q2', 'FY2027-Q3', 'FY2027-Q4'],
  capacities: [
    { teamId: 't1', people: 4, focus: 0.5 },
    { teamId: 't1', people: 6, focus: 0.5, period: 'FY2027-Q2' },
  ],
  initiatives: [
    // 61 days: 30 in September (Q1), 31 in October (Q2); one person-week a day for easy numbers.
    {
      id: 'A',
      title: 'A',
      status: 'planned',
      start: '2026-09-01',
      end: '2026-10-31',
      effortWeeks: 61,
      teamIds: ['t1'],
    },
    {
      id: 'B',
      title: 'B',
      status: 'in_progress',
      start: '2026-07-01',
      end: '2026-07-31',
      effortWeeks: 10,
      teamIds: ['t1'],
    },
    // Two teams share it equally: 10 each.
    {
      id: 'C',
      title: 'C',
      status: 'planned',
      start: '2026-07-01',
      end: '2026-09-30',
      effortWeeks: 20,
      teamIds: ['t1', 't2'],
    },
    {
      id: 'P',
      title: 'P',
      status: 'proposed',
      start: '2026-10-01',
      end: '2026-12-31',
      effortWeeks: 5,
      teamIds: ['t1'],
    },
    {
      id: 'X',
      title: 'X',
      status: 'cancelled',
      start: '2026-07-01',
      end: '2026-07-31',
      effortWeeks: 100,
      teamIds: ['t1'],
    },
    { id: 'U', title: 'U', status: 'planned', start: '2026-07-01', end: '2026-07-31', effortWeeks: 3, teamIds: [] },
    {
      id: 'N',
      title: 'N',
      status: 'planned',
      start: '2026-07-01',
      end: '2026-07-31',
      effortWeeks: null,
      teamIds: ['t1'],
    },
  ],
});

const row = (rows: ReturnType<typeof capacityByTeamAndQuarter>['rows'], teamId: string | null, period: string) => {
  const found = rows.find((r) => r.teamId === teamId && r.period === period);
  if (!found) throw new Error(`no row ${teamId} ${period}`);
  return found;
};

describe('capacityByTeamAndQuarter', () => {
  it('spreads effort over the quarters by days and sets it against people × focus × weeks', () => {
    const { rows } = capacityByTeamAndQuarter(input());
    expect(row(rows, 't1', 'FY2027-Q1')).toEqual({
      teamId: 't1',
      period: 'FY2027-Q1',
      label: 'FY27 Q1',
      capacityWeeks: 26.29,
      plannedWeeks: 50,
      proposedWeeks: 0,
      overAllocatedWeeks: 23.71,
      utilisation: 1.9,
      initiatives: [
        { id: 'A', weeks: 30, status: 'planned' },
        { id: 'B', weeks: 10, status: 'in_progress' },
        { id: 'C', weeks: 10, status: 'planned' },
      ],
    });
    expect(row(rows, 't1', 'FY2027-Q2')).toMatchObject({
      capacityWeeks: 39.43,
      plannedWeeks: 31,
      proposedWeeks: 5,
      overAllocatedWeeks: 0,
      initiatives: [
        { id: 'A', weeks: 31, status: 'planned' },
        { id: 'P', weeks: 5, status: 'proposed' },
      ],
    });
    expect(row(rows, 't1', 'FY2027-Q3')).toMatchObject({ capacityWeeks: 25.71, plannedWeeks: 0 });
  });

  it('shows a team without stated capacity, and work without a team, with no capacity to exceed', () => {
    const { rows, unestimated } = capacityByTeamAndQuarter(input());
    expect(row(rows, 't2', 'FY2027-Q1')).toMatchObject({
      plannedWeeks: 10,
      capacityWeeks: null,
      overAllocatedWeeks: null,
      utilisation: null,
    });
    expect(row(rows, null, 'FY2027-Q1')).toMatchObject({ plannedWeeks: 3, label: 'FY27 Q1' });
    expect(unestimated).toEqual(['N']);
    expect(rows.map((r) => r.teamId).filter((t, i, all) => all.indexOf(t) === i)).toEqual(['t1', 't2', null]);
  });

  it('counts only the part of an initiative inside the quarters asked for', () => {
    const data = input();
    data.quarters = ['FY2027-Q1'];
    const { rows } = capacityByTeamAndQuarter(data);
    expect(rows.every((r) => r.period === 'FY2027-Q1')).toBe(true);
    expect(row(rows, 't1', 'FY2027-Q1').plannedWeeks).toBe(50);
  });
});

describe('capacityWhatIf', () => {
  it('shows before and after when an initiative moves or is dropped', () => {
    const result = capacityWhatIf(input(), [
      { kind: 'move-initiative', initiativeId: 'A', start: '2026-10-01', end: '2026-11-30' },
      { kind: 'drop-initiative', initiativeId: 'C' },
    ]);
    const t1q1 = result.rows.find((r) => r.teamId === 't1' && r.period === 'FY2027-Q1')!;
    expect(t1q1).toMatchObject({
      capacityWeeks: 26.29,
      before: { plannedWeeks: 50, overAllocatedWeeks: 23.71 },
      after: { plannedWeeks: 10, overAllocatedWeeks: 0 },
      deltaWeeks: -40,
    });
    const t1q2 = result.rows.find((r) => r.teamId === 't1' && r.period === 'FY2027-Q2')!;
    expect(t1q2).toMatchObject({
      before: { plannedWeeks: 31 },
      after: { plannedWeeks: 61, overAllocatedWeeks: 21.57 },
    });
    expect(result.newlyOverAllocated).toEqual([{ teamId: 't1', period: 'FY2027-Q2' }]);
    expect(result.relieved).toEqual([{ teamId: 't1', period: 'FY2027-Q1' }]);
    expect(result.rows.find((r) => r.teamId === 't1' && r.period === 'FY2027-Q3')!.deltaWeeks).toBe(0);
  });

  it('refuses a change to an unknown initiative', () => {
    expect(() => capacityWhatIf(input(), [{ kind: 'drop-initiative', initiativeId: 'nope' }])).toThrow(RangeError);
  });
});

describe('priorityScore', () => {
  it('weighs priority and key results served against effort, and shows the sum', () => {
    expect(priorityScore({ priority: 'p1', keyResultsServed: 2, effortWeeks: 6 })).toEqual({
      score: 2,
      formula: PRIORITY_FORMULA,
      worked: '4 (P1) × (1 + 2 key results) ÷ 6 person-weeks = 2',
    });
    expect(PRIORITY_FORMULA).toBe(
      'priority weight (P0 8, P1 4, P2 2, P3 1) × (1 + key results served) ÷ effort in person-weeks (at least 1)',
    );
  });

  it('counts a tiny effort as one person-week and leaves an initiative without an estimate unranked', () => {
    expect(priorityScore({ priority: 'p0', keyResultsServed: 0, effortWeeks: 0.5 }).score).toBe(8);
    expect(priorityScore({ priority: 'p3', keyResultsServed: 1, effortWeeks: null })).toEqual({
      score: null,
      formula: PRIORITY_FORMULA,
      worked: 'no effort estimate: not ranked',
    });
  });

  it('ranks by score, highest first, unranked last', () => {
    const ranked = rankByPriority([
      { id: 'low', priority: 'p3', keyResultsServed: 0, effortWeeks: 4 },
      { id: 'none', priority: 'p0', keyResultsServed: 3, effortWeeks: null },
      { id: 'high', priority: 'p0', keyResultsServed: 1, effortWeeks: 4 },
      { id: 'mid', priority: 'p2', keyResultsServed: 1, effortWeeks: 2 },
    ]);
    expect(ranked.map((r) => [r.id, r.score, r.rank])).toEqual([
      ['high', 4, 1],
      ['mid', 2, 2],
      ['low', 0.25, 3],
      ['none', null, null],
    ]);
  });
});
