import { describe, expect, it } from 'vitest';
import { evaluateChanges, prepareChanges } from './critical-path-change.js';
import { computeCriticalPath, type PathGraph } from './critical-path.js';

// The plan of critical-path.test.ts: A 07-01..07-10 → B 07-11..07-20 → (+2) C 07-20..07-31, with
// the fixed milestone F of C on 07-25, already three days late; D alone. M is an ordinary milestone
// of B on 07-15, followed by E 07-16..07-18.
const plan = (): PathGraph => ({
  initiatives: [
    { id: 'A', start: '2026-07-01', end: '2026-07-10' },
    { id: 'B', start: '2026-07-11', end: '2026-07-20' },
    { id: 'C', start: '2026-07-20', end: '2026-07-31' },
    { id: 'D', start: '2026-07-01', end: '2026-07-05' },
    { id: 'E', start: '2026-07-16', end: '2026-07-18' },
  ],
  milestones: [
    { id: 'F', initiativeId: 'C', date: '2026-07-25', fixed: true },
    { id: 'M', initiativeId: 'B', date: '2026-07-15', fixed: false },
  ],
  dependencies: [
    { id: 'ab', predecessorId: 'A', successorId: 'B', lagDays: 0 },
    { id: 'bc', predecessorId: 'B', successorId: 'C', lagDays: 2 },
    { id: 'me', predecessorId: 'M', successorId: 'E', lagDays: 0 },
  ],
});

function ok(result: ReturnType<typeof evaluateChanges>) {
  if (!result.ok) throw new Error(`unexpected cycle ${result.cycle.join(' → ')}`);
  return result;
}

describe('evaluateChanges', () => {
  it('names the dependency a move breaks and how much later the fixed milestone becomes', () => {
    const result = ok(
      evaluateChanges(plan(), [{ kind: 'move-initiative', initiativeId: 'A', start: '2026-07-06', end: '2026-07-15' }]),
    );
    // A now ends 07-15 while B is planned from 07-11: five days short.
    expect(result.brokenDependencies).toEqual([
      { dependencyId: 'ab', predecessorId: 'A', successorId: 'B', lagDays: 0, shortByDays: 5, introduced: true },
    ]);
    expect(result.lateFixedMilestones).toEqual([
      {
        milestoneId: 'F',
        fixedDate: '2026-07-25',
        earliestDate: '2026-08-02',
        daysLate: 8,
        daysLateBefore: 3,
        drivenBy: ['A', 'B', 'C'],
      },
    ]);
    expect(result.resolvedFixedMilestones).toEqual([]);
    expect(result.before.finish).toBe('2026-08-03');
    expect(result.after.finish).toBe('2026-08-08');
    expect(result.finishDeltaDays).toBe(5);
    expect(result.after.criticalPath).toEqual(['A', 'B', 'C']);
  });

  it('reports a fixed milestone a shorter initiative brings back on time', () => {
    const result = ok(
      evaluateChanges(plan(), [{ kind: 'move-initiative', initiativeId: 'B', start: '2026-07-11', end: '2026-07-17' }]),
    );
    // B ends 07-17, C may start 07-20 as planned, F is reached on 07-25.
    expect(result.lateFixedMilestones).toEqual([]);
    expect(result.resolvedFixedMilestones).toEqual(['F']);
    expect(result.brokenDependencies).toEqual([]);
    expect(result.after.finish).toBe('2026-07-31');
  });

  it('names a dependency broken by moving a milestone', () => {
    const result = ok(evaluateChanges(plan(), [{ kind: 'move-milestone', milestoneId: 'M', date: '2026-07-17' }]));
    expect(result.brokenDependencies).toEqual([
      { dependencyId: 'me', predecessorId: 'M', successorId: 'E', lagDays: 0, shortByDays: 2, introduced: true },
    ]);
    expect(result.milestonesOutsideInitiative).toEqual([]);
  });

  it('carries ordinary milestones with a moved initiative, never fixed ones, and names one left outside', () => {
    const carried = ok(
      evaluateChanges(plan(), [
        { kind: 'move-initiative', initiativeId: 'B', start: '2026-07-12', end: '2026-07-21', carryMilestones: true },
      ]),
    );
    // B → C was three days short and is now four; M moves to 07-16, so E (planned 07-16) is one day short.
    expect(carried.brokenDependencies.map((d) => [d.dependencyId, d.shortByDays, d.introduced])).toEqual([
      ['bc', 4, false],
      ['me', 1, true],
    ]);
    const left = ok(
      evaluateChanges(plan(), [{ kind: 'move-initiative', initiativeId: 'C', start: '2026-07-26', end: '2026-08-06' }]),
    );
    expect(left.milestonesOutsideInitiative).toEqual(['F']);
  });

  it('drops an initiative with its milestones and dependencies', () => {
    const result = ok(evaluateChanges(plan(), [{ kind: 'drop-initiative', initiativeId: 'B' }]));
    expect(result.resolvedFixedMilestones).toEqual(['F']);
    expect(result.after.criticalPath).toEqual(['C']);
    expect(result.brokenDependencies).toEqual([]);
  });

  it('keeps dependencies already broken before the change out of the new ones', () => {
    const graph = plan();
    graph.initiatives[4] = { id: 'E', start: '2026-07-14', end: '2026-07-18' };
    const result = ok(
      evaluateChanges(graph, [{ kind: 'move-initiative', initiativeId: 'D', start: '2026-07-02', end: '2026-07-06' }]),
    );
    expect(result.brokenDependencies).toEqual([]);
  });

  it('reports a cycle instead of a schedule', () => {
    const graph = plan();
    graph.dependencies.push({ predecessorId: 'C', successorId: 'A', lagDays: 0 });
    const result = evaluateChanges(graph, []);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : [...result.cycle].sort()).toEqual(['A', 'B', 'C']);
  });

  it('evaluates one drag after another on a prepared plan, each against the plan as it is', () => {
    const prepared = prepareChanges(plan());
    const first = ok(
      prepared.evaluate([{ kind: 'move-initiative', initiativeId: 'A', start: '2026-07-06', end: '2026-07-15' }]),
    );
    const second = ok(prepared.evaluate([{ kind: 'move-milestone', milestoneId: 'M', date: '2026-07-17' }]));
    expect(first.brokenDependencies.map((d) => d.dependencyId)).toEqual(['ab']);
    expect(second.brokenDependencies.map((d) => d.dependencyId)).toEqual(['me']);
    expect(second.after.finish).toBe('2026-08-03');
  });

  it('refuses a change to an unknown initiative', () => {
    expect(() => evaluateChanges(plan(), [{ kind: 'drop-initiative', initiativeId: 'nope' }])).toThrow(RangeError);
  });
});

describe('evaluateChanges on a re-weighed graph', () => {
  it('agrees with a fresh computation of the changed plan', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const day = (n: number) => new Date(Date.UTC(2026, 6, 1 + n)).toISOString().slice(0, 10);
    for (let round = 0; round < 25; round++) {
      const graph: PathGraph = { initiatives: [], milestones: [], dependencies: [] };
      for (let i = 0; i < 30; i++) {
        const start = Math.floor(random() * 200);
        const end = start + Math.floor(random() * 40);
        graph.initiatives.push({ id: `i${i}`, start: day(start), end: day(end) });
        graph.milestones.push({
          id: `m${i}`,
          initiativeId: `i${i}`,
          date: day(start + Math.floor(random() * (end - start + 1))),
          fixed: random() < 0.3,
        });
      }
      for (let d = 0; d < 40; d++) {
        const from = Math.floor(random() * 29);
        const to = from + 1 + Math.floor(random() * (29 - from));
        graph.dependencies.push({
          predecessorId: random() < 0.5 ? `i${from}` : `m${from}`,
          successorId: random() < 0.5 ? `i${to}` : `m${to}`,
          lagDays: Math.floor(random() * 5) - 1,
        });
      }
      const k = Math.floor(random() * 30);
      const shift = Math.floor(random() * 30) - 10;
      const moved = graph.initiatives[k]!;
      const change = {
        kind: 'move-initiative' as const,
        initiativeId: moved.id,
        start: day(dayOf(moved.start) + shift),
        end: day(dayOf(moved.end) + shift + 3),
      };
      const milestoneChange = {
        kind: 'move-milestone' as const,
        milestoneId: `m${(k + 1) % 30}`,
        date: day(Math.floor(random() * 220)),
      };
      const result = evaluateChanges(graph, [change, milestoneChange]);
      const fresh = computeCriticalPath({
        ...graph,
        initiatives: graph.initiatives.map((i) =>
          i.id === moved.id ? { ...i, start: change.start, end: change.end } : i,
        ),
        milestones: graph.milestones.map((m) =>
          m.id === milestoneChange.milestoneId ? { ...m, date: milestoneChange.date } : m,
        ),
      });
      if (!result.ok || !fresh.ok) throw new Error('unexpected cycle');
      expect(result.after.finish).toBe(fresh.end.date);
      expect(result.after.criticalPath).toEqual(fresh.criticalPath);
      const lateNow = new Map(fresh.lateFixedMilestones.map((m) => [m.milestoneId, m.daysLate]));
      for (const late of result.lateFixedMilestones) expect(late.daysLate).toBe(lateNow.get(late.milestoneId));
    }
  });
});

function dayOf(date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.UTC(2026, 6, 1)) / 86_400_000);
}
