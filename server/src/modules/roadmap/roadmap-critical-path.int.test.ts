import { decodeRoadmapYear } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { MISSING, addMilestone, castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

// A hand-worked plan in FY2027 (July start: 2026-07-01 .. 2027-06-30):
//   A Jul 1–31 → B Aug 1–31 → D Sep 1–30, with the fixed milestone F "DSA report due" on Sep 20 in D;
//   A → C Aug 1–10, and C → F with a lag of 45 days: F cannot be reached before Sep 24 (4 days late),
//   and D, which must run 10 more days after F, cannot finish before Oct 4.
// The driving chain to the latest finish is A → C → F → D (float 0); B has 4 days of float.
describe.each(DIALECTS)('the critical path and what-if of a fiscal year on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let plan: Record<'a' | 'b' | 'c' | 'd' | 'f', Json>;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2026-06-15');
    await cast.admin.put('/api/roadmap/settings', { version: 1, fiscalYearStartMonth: 7 });
    const make = (title: string, start: string, end: string) =>
      createInitiative(cast.pm, { ownerId: cast.owner.userId, title, start, end });
    const a = await make('A', '2026-07-01', '2026-07-31');
    const b = await make('B', '2026-08-01', '2026-08-31');
    const c = await make('C', '2026-08-01', '2026-08-10');
    const d = await make('D', '2026-09-01', '2026-09-30');
    const f = await addMilestone(cast.pm, d.id, {
      title: 'DSA report due',
      date: '2026-09-20',
      kind: 'regulatory_deadline',
    });
    const link = async (from: Json, to: Json, lagDays = 0, toType = 'initiative') => {
      const res = await cast.pm.post('/api/roadmap/dependencies', {
        from: { type: 'initiative', id: from.id },
        to: { type: toType, id: to.id },
        lagDays,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await link(a, b);
    await link(b, d);
    await link(a, c);
    await link(c, f, 45, 'milestone');
    plan = { a, b, c, d, f };
  });
  afterEach(async () => t.close());

  it('lists the driving chain with its float and the fixed milestone it makes late', async () => {
    const res = await cast.viewer.get('/api/roadmap/years/FY2027/critical-path');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.end).toEqual({ nodeId: plan.d.id, date: '2026-10-04' });
    expect(body.path.map((n: Json) => n.id)).toEqual([plan.a.id, plan.c.id, plan.f.id, plan.d.id]);
    expect(body.path.map((n: Json) => n.totalFloatDays)).toEqual([0, 0, 0, 0]);
    expect(body.path[2]).toMatchObject({ kind: 'milestone', earliestStart: '2026-09-24', critical: true });
    expect(body.lateFixedMilestones).toEqual([
      {
        milestoneId: plan.f.id,
        fixedDate: '2026-09-20',
        earliestDate: '2026-09-24',
        daysLate: 4,
        drivenBy: [plan.a.id, plan.c.id],
      },
    ]);

    // To B: only the work leading to it; to a date, float is what is left before that day.
    const toB = (await cast.viewer.get(`/api/roadmap/years/FY2027/critical-path?end=${plan.b.id}`)).json();
    expect(toB.path.map((n: Json) => [n.id, n.totalFloatDays])).toEqual([
      [plan.a.id, 0],
      [plan.b.id, 0],
    ]);
    const toDate = (await cast.viewer.get('/api/roadmap/years/FY2027/critical-path?end=2026-10-14')).json();
    expect(toDate.path.at(-1)).toMatchObject({ id: plan.d.id, totalFloatDays: 10 });
  });

  it('warns what a move would break before anything is saved', async () => {
    const res = await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
      changes: [{ kind: 'move_initiative', id: plan.b.id, start: '2026-08-06', end: '2026-09-05' }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.brokenDependencies).toEqual([
      expect.objectContaining({ predecessorId: plan.b.id, successorId: plan.d.id, shortByDays: 5, introduced: true }),
    ]);
    // F is now pushed through B → D (Sep 6 + 20 days = Sep 25): 5 days late instead of 4.
    expect(body.lateFixedMilestones).toEqual([
      expect.objectContaining({ milestoneId: plan.f.id, daysLate: 5, daysLateBefore: 4 }),
    ]);
    expect(body).toMatchObject({ finishBefore: '2026-10-04', finishAfter: '2026-10-05', finishDeltaDays: 1 });

    const outside = await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
      changes: [{ kind: 'move_milestone', id: plan.f.id, date: '2026-10-03' }],
    });
    expect(outside.json().milestonesOutsideInitiative).toEqual([plan.f.id]);
    const dropped = await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
      changes: [{ kind: 'drop_initiative', id: plan.c.id }],
    });
    expect(dropped.json()).toMatchObject({ resolvedFixedMilestones: [plan.f.id], finishDeltaDays: -4 });
    // Nothing was saved.
    const year = decodeRoadmapYear((await cast.viewer.get('/api/roadmap/years/FY2027')).json());
    expect(year.initiatives.find((i) => i.id === plan.b.id)).toMatchObject({ start: '2026-08-01' });
  });

  it('names the field at fault', async () => {
    const problem = expectProblem(
      await cast.viewer.get('/api/roadmap/years/FY2027/critical-path?end=next-week'),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.map((e) => e.path)).toEqual(['querystring.end']);
    const backwards = expectProblem(
      await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
        changes: [{ kind: 'move_initiative', id: plan.b.id, start: '2026-08-06', end: '2026-08-01' }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.errors?.map((e) => e.path)).toEqual(['body.changes.0.end']);
    const badKind = expectProblem(
      await cast.viewer.post('/api/roadmap/years/FY2027/what-if', { changes: [{ kind: 'teleport', id: plan.b.id }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badKind.errors?.[0]?.path).toMatch(/^body\.changes\.0/);
    const badYear = expectProblem(
      await cast.viewer.get('/api/roadmap/years/FY27/critical-path'),
      400,
      'VALIDATION_FAILED',
    );
    expect(badYear.errors?.map((e) => e.path)).toEqual(['params.year']);
  });

  it('is not found for a node or change outside the year', async () => {
    expectProblem(await cast.viewer.get(`/api/roadmap/years/FY2027/critical-path?end=${MISSING}`), 404, 'NOT_FOUND');
    // The year's plan is FY2027's: its initiatives are not in FY2030.
    expectProblem(await cast.viewer.get(`/api/roadmap/years/FY2030/critical-path?end=${plan.a.id}`), 404, 'NOT_FOUND');
    expect((await cast.viewer.get('/api/roadmap/years/FY2030/critical-path')).json()).toEqual({
      end: { nodeId: null, date: null },
      path: [],
      lateFixedMilestones: [],
    });
    expectProblem(
      await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
        changes: [{ kind: 'move_milestone', id: MISSING, date: '2026-09-01' }],
      }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await cast.viewer.post('/api/roadmap/years/FY2027/what-if', {
        changes: [
          { kind: 'drop_initiative', id: plan.d.id },
          { kind: 'move_milestone', id: plan.f.id, date: '2026-09-01' },
        ],
      }),
      404,
      'NOT_FOUND',
    );
  });

  it('is refused to the signed-out', async () => {
    expectProblem(await t.anonymous.get('/api/roadmap/years/FY2027/critical-path'), 401, 'UNAUTHENTICATED');
    expectProblem(
      await t.anonymous.post('/api/roadmap/years/FY2027/what-if', {
        changes: [{ kind: 'drop_initiative', id: plan.a.id }],
      }),
      401,
      'UNAUTHENTICATED',
    );
  });
});
