import { describe, expect, it } from 'vitest';
import {
  computeCriticalPath,
  dependencyShortByDays,
  findCycle,
  pathGraphOf,
  type PathGraph,
  type ScheduledNode,
} from './critical-path.js';

// Hand-worked plan used by most cases (dates in July 2026):
//   A 07-01..07-10 (10 days) → B 07-11..07-20 (lag 0) → C planned 07-20..07-31 (12 days, lag 2)
//   D 07-01..07-05 stands alone; F is a fixed milestone of C on 07-25 (an external deadline).
// B finishes at the end of 07-20, so C may start 07-23 at the earliest (two days' lag): C is pushed
// three days and ends 08-03; F sits six days into C, so it can be reached on 07-28 at the earliest,
// three days after its fixed date.
const plan = (): PathGraph => ({
  initiatives: [
    { id: 'A', start: '2026-07-01', end: '2026-07-10' },
    { id: 'B', start: '2026-07-11', end: '2026-07-20' },
    { id: 'C', start: '2026-07-20', end: '2026-07-31' },
    { id: 'D', start: '2026-07-01', end: '2026-07-05' },
  ],
  milestones: [{ id: 'F', initiativeId: 'C', date: '2026-07-25', fixed: true }],
  dependencies: [
    { predecessorId: 'A', successorId: 'B', lagDays: 0 },
    { predecessorId: 'B', successorId: 'C', lagDays: 2 },
  ],
});

function timing(result: { node: (id: string) => ScheduledNode | null }, id: string): ScheduledNode {
  const node = result.node(id);
  if (!node) throw new Error(`no timing for ${id}`);
  return node;
}

function ok(result: ReturnType<typeof computeCriticalPath>) {
  if (!result.ok) throw new Error(`unexpected cycle ${result.cycle.join(' → ')}`);
  return result;
}

describe('computeCriticalPath', () => {
  it('runs the forward and backward passes to the latest finish', () => {
    const result = ok(computeCriticalPath(plan()));
    expect(result.end).toEqual({ nodeId: 'C', date: '2026-08-03' });
    expect(result.criticalPath).toEqual(['A', 'B', 'C']);
    expect(result.pathNodes.map((n) => [n.id, n.totalFloatDays])).toEqual([
      ['A', 0],
      ['B', 0],
      ['C', 0],
    ]);
    expect(result.allNodes().map((n) => n.id)).toEqual(['A', 'B', 'C', 'D', 'F']);
    expect(result.node('nope')).toBeNull();
    expect(timing(result, 'C')).toEqual({
      id: 'C',
      kind: 'initiative',
      earliestStart: '2026-07-23',
      earliestFinish: '2026-08-03',
      latestStart: '2026-07-23',
      latestFinish: '2026-08-03',
      totalFloatDays: 0,
      critical: true,
    });
    expect(timing(result, 'A')).toMatchObject({ earliestStart: '2026-07-01', totalFloatDays: 0 });
    // D may finish as late as the end of the plan: 08-03, so it may start 07-30.
    expect(timing(result, 'D')).toMatchObject({
      earliestFinish: '2026-07-05',
      latestStart: '2026-07-30',
      latestFinish: '2026-08-03',
      totalFloatDays: 29,
      critical: false,
    });
  });

  it('says a fixed milestone would be late, by how many days, and which chain drives it', () => {
    const result = ok(computeCriticalPath(plan()));
    expect(result.lateFixedMilestones).toEqual([
      { milestoneId: 'F', fixedDate: '2026-07-25', earliestDate: '2026-07-28', daysLate: 3, drivenBy: ['A', 'B', 'C'] },
    ]);
    expect(timing(result, 'F')).toMatchObject({ kind: 'milestone', earliestStart: '2026-07-28' });
  });

  it('keeps a planned start as the earliest start when the chain would allow earlier', () => {
    const graph = plan();
    graph.initiatives[2] = { id: 'C', start: '2026-07-27', end: '2026-08-07' };
    graph.milestones = [];
    const result = ok(computeCriticalPath(graph));
    // B → C (+2) allows 07-23, but C is planned for 07-27: the plan binds and the chain has slack.
    expect(timing(result, 'C')).toMatchObject({ earliestStart: '2026-07-27', totalFloatDays: 0 });
    expect(timing(result, 'B')).toMatchObject({ totalFloatDays: 4, critical: false });
    expect(result.criticalPath).toEqual(['C']);
  });

  it('lets a milestone dependency stretch the finish of the milestone’s initiative', () => {
    const graph: PathGraph = {
      initiatives: [
        { id: 'X', start: '2026-07-01', end: '2026-07-31' },
        { id: 'Y', start: '2026-07-01', end: '2026-07-20' },
      ],
      milestones: [{ id: 'M', initiativeId: 'X', date: '2026-07-15', fixed: false }],
      dependencies: [{ predecessorId: 'Y', successorId: 'M', lagDays: 0 }],
    };
    const result = ok(computeCriticalPath(graph));
    // M can be reached on 07-20 (Y's last day); X still needs its 16 days after M: it ends 08-05.
    expect(timing(result, 'M')).toMatchObject({ earliestStart: '2026-07-20', totalFloatDays: 0 });
    expect(timing(result, 'X')).toMatchObject({ earliestFinish: '2026-08-05' });
    expect(result.criticalPath).toEqual(['Y', 'M', 'X']);
  });

  it('measures float against a chosen end date, negative when the plan cannot make it', () => {
    const result = ok(computeCriticalPath(plan(), { kind: 'date', date: '2026-07-31' }));
    expect(result.end).toEqual({ nodeId: 'C', date: '2026-08-03' });
    expect(timing(result, 'A')).toMatchObject({ totalFloatDays: -3, critical: true });
    expect(timing(result, 'D')).toMatchObject({ totalFloatDays: 26, critical: false });
  });

  it('measures float to a chosen milestone, and none for work that does not lead to it', () => {
    const graph = plan();
    graph.milestones.push({ id: 'G', initiativeId: 'B', date: '2026-07-15', fixed: false });
    const result = ok(computeCriticalPath(graph, { kind: 'node', id: 'G' }));
    expect(result.end).toEqual({ nodeId: 'G', date: '2026-07-15' });
    expect(result.criticalPath).toEqual(['A', 'B', 'G']);
    expect(timing(result, 'G')).toMatchObject({ totalFloatDays: 0, critical: true });
    expect(timing(result, 'C')).toMatchObject({ latestStart: null, totalFloatDays: null, critical: false });
  });

  it('applies a negative lag as a lead', () => {
    const graph = plan();
    graph.dependencies[1] = { predecessorId: 'B', successorId: 'C', lagDays: -1 };
    graph.milestones = [];
    const result = ok(computeCriticalPath(graph));
    // B ends 07-20, one day of lead: C may start 07-20, as planned.
    expect(timing(result, 'C')).toMatchObject({ earliestStart: '2026-07-20', earliestFinish: '2026-07-31' });
  });

  it('lets a milestone follow an initiative on its last day and an initiative follow a milestone the next day', () => {
    const graph: PathGraph = {
      initiatives: [
        { id: 'P', start: '2026-07-01', end: '2026-07-10' },
        { id: 'Q', start: '2026-07-01', end: '2026-07-05' },
      ],
      milestones: [{ id: 'L', initiativeId: null, date: '2026-07-01', fixed: false }],
      dependencies: [
        { predecessorId: 'P', successorId: 'L', lagDays: 0 },
        { predecessorId: 'L', successorId: 'Q', lagDays: 0 },
      ],
    };
    const result = ok(computeCriticalPath(graph));
    expect(timing(result, 'L').earliestStart).toBe('2026-07-10');
    expect(timing(result, 'Q')).toMatchObject({ earliestStart: '2026-07-11', earliestFinish: '2026-07-15' });
    expect(result.criticalPath).toEqual(['P', 'L', 'Q']);
  });

  it('refuses an id used twice', () => {
    const graph = plan();
    graph.milestones.push({ id: 'A', initiativeId: 'A', date: '2026-07-05', fixed: false });
    expect(() => computeCriticalPath(graph)).toThrow(/Duplicate id/);
  });

  it('refuses an unknown id in a dependency', () => {
    const graph = plan();
    graph.dependencies.push({ predecessorId: 'nope', successorId: 'A', lagDays: 0 });
    expect(() => computeCriticalPath(graph)).toThrow(RangeError);
  });

  it('walks a chain of 100,000 without recursion', () => {
    const n = 100_000;
    const graph: PathGraph = {
      initiatives: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, start: '2026-07-01', end: '2026-07-01' })),
      milestones: [],
      dependencies: Array.from({ length: n - 1 }, (_, i) => ({
        predecessorId: `i${i}`,
        successorId: `i${i + 1}`,
        lagDays: 0,
      })),
    };
    const result = ok(computeCriticalPath(graph));
    expect(result.criticalPath).toHaveLength(n);
    expect(result.end.nodeId).toBe(`i${n - 1}`);
  });
});

describe('findCycle', () => {
  it('names the members of a dependency cycle, in dependency order', () => {
    const graph = plan();
    graph.dependencies.push({ predecessorId: 'C', successorId: 'A', lagDays: 0 });
    const cycle = findCycle(graph);
    expect(cycle).not.toBeNull();
    expect([...cycle!].sort()).toEqual(['A', 'B', 'C']);
    const start = cycle!.indexOf('A');
    expect([...cycle!.slice(start), ...cycle!.slice(0, start)]).toEqual(['A', 'B', 'C']);
    expect(computeCriticalPath(graph)).toEqual({ ok: false, cycle });
  });

  it('finds the cycle a milestone makes with its own initiative', () => {
    const graph = plan();
    graph.dependencies.push({ predecessorId: 'F', successorId: 'C', lagDays: 0 });
    expect([...findCycle(graph)!].sort()).toEqual(['C', 'F']);
  });

  it('is null for a plan without cycles', () => {
    expect(findCycle(plan())).toBeNull();
  });
});

describe('dependencyShortByDays', () => {
  const a = { type: 'initiative' as const, start: '2026-07-01', end: '2026-07-10' };
  it('lets an initiative start the day after, and a milestone fall on, the predecessor’s last day', () => {
    expect(dependencyShortByDays(a, { type: 'initiative', start: '2026-07-11', end: '2026-07-20' }, 0)).toBe(0);
    expect(dependencyShortByDays(a, { type: 'initiative', start: '2026-07-10', end: '2026-07-20' }, 0)).toBe(1);
    expect(dependencyShortByDays(a, { type: 'milestone', date: '2026-07-10' }, 0)).toBe(0);
    expect(dependencyShortByDays(a, { type: 'initiative', start: '2026-07-11', end: '2026-07-20' }, 2)).toBe(2);
    expect(dependencyShortByDays({ type: 'milestone', date: '2026-07-10' }, a, -10)).toBe(0);
  });
});

describe('pathGraphOf', () => {
  it('reads the roadmap-year reply’s dependencies as predecessor and successor', () => {
    const graph = pathGraphOf({
      initiatives: [{ id: 'A', start: '2026-07-01', end: '2026-07-10' }],
      milestones: [{ id: 'M', initiativeId: 'A', date: '2026-07-05', fixed: true }],
      dependencies: [{ id: 'd', fromId: 'M', toId: 'A', lagDays: 1 }],
    });
    expect(graph.dependencies).toEqual([{ id: 'd', predecessorId: 'M', successorId: 'A', lagDays: 1 }]);
    expect(graph.milestones[0]).toEqual({ id: 'M', initiativeId: 'A', date: '2026-07-05', fixed: true });
  });
});
