import { CapacityWhatIfSchema, RoadmapCapacitySchema } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { addMilestone, castOf, createInitiative, MISSING, type Json, type RoadmapCast } from './roadmap-test-kit.js';

// Calendar fiscal year FY2027 = 2027-01-01 .. 2027-12-31; Q1 is 90 days (12.86 weeks).
describe.each(DIALECTS)('team capacity on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let team: Json;
  let big: Json;
  let small: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2026-12-01');
    team = (await cast.admin.post('/api/teams', { name: 'VE policy', function: 'policy' })).json();
    const base = { ownerId: cast.owner.userId, teamIds: [team.id], status: 'planned' as const };
    big = await createInitiative(cast.pm, {
      ...base,
      title: 'Big',
      start: '2027-01-01',
      end: '2027-03-31',
      effortWeeks: 30,
      priority: 'p1',
    });
    small = await createInitiative(cast.pm, {
      ...base,
      title: 'Small',
      start: '2027-01-01',
      end: '2027-03-31',
      effortWeeks: 5,
      priority: 'p0',
    });
  });
  afterEach(async () => t.close());

  const put = (body: Json, who = cast.pm) => who.put(`/api/roadmap/teams/${team.id}/capacity`, body);
  const cell = (view: Json, period: string) =>
    view.cells.find((c: Json) => c.teamId === team.id && c.period === period) as Json;

  it('stores a capacity (versioned, audited) and reads effort against it per quarter', async () => {
    const res = await put({
      version: 0,
      people: 2,
      focus: 0.5,
      overrides: [{ period: 'FY2027-Q3', people: 4, focus: 1 }],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ teamName: 'VE policy', people: 2, focus: 0.5, version: 1 });
    const view = RoadmapCapacitySchema.parse((await cast.viewer.get('/api/roadmap/years/FY2027/capacity')).json());
    const q1 = cell(view, 'FY2027-Q1');
    // 2 × 0.5 × 90/7 = 12.86 person-weeks; planned 35.
    expect(q1).toMatchObject({ capacityWeeks: 12.86, plannedWeeks: 35, overAllocatedWeeks: 22.14, label: 'FY27 Q1' });
    expect(q1.initiatives.map((i: Json) => i.id).sort()).toEqual([big.id, small.id].sort());
    expect(cell(view, 'FY2027-Q3')).toMatchObject({ capacityWeeks: 52.57, plannedWeeks: 0 });
    expect(view.teams).toMatchObject([{ teamId: team.id, people: 2, overrides: [{ period: 'FY2027-Q3' }] }]);
    // Ranked by priority: Small (8 × 1 ÷ 5 = 1.6) before Big (4 × 1 ÷ 30 = 0.13).
    expect(view.initiatives.map((i: Json) => [i.title, i.score, i.rank])).toEqual([
      ['Small', 1.6, 1],
      ['Big', 0.13, 2],
    ]);
    expect(view.priorityFormula).toContain('priority weight');
    const audit = (await cast.admin.get('/api/audit-events?action=team_capacity.updated')).json().items[0];
    expect(audit.after).toMatchObject({ teamId: team.id, people: 2, focus: 0.5, version: 1 });
    const again = await put({ version: 1, people: 3, focus: 0.5 });
    expect(again.json()).toMatchObject({ people: 3, version: 2, overrides: [] });
  });

  it('refuses a stale version, a bad focus, a quarter twice, an unknown team, and those who may not plan', async () => {
    expect((await put({ version: 0, people: 2, focus: 0.5 })).statusCode).toBe(200);
    expectProblem(await put({ version: 0, people: 3, focus: 0.5 }), 409, 'VERSION_CONFLICT');
    const focus = expectProblem(await put({ version: 1, people: 3, focus: 1.5 }), 400);
    expect(focus.errors?.[0]?.path).toBe('body.focus');
    const twice = await put({
      version: 1,
      people: 3,
      focus: 0.5,
      overrides: [
        { period: 'FY2027-Q2', people: 1, focus: 1 },
        { period: 'FY2027-Q2', people: 2, focus: 1 },
      ],
    });
    expect(expectProblem(twice, 400).errors?.[0]?.path).toBe('body.overrides.1.period');
    const badPeriod = await put({
      version: 1,
      people: 3,
      focus: 0.5,
      overrides: [{ period: 'Q2', people: 1, focus: 1 }],
    });
    expect(expectProblem(badPeriod, 400).errors?.[0]?.path).toBe('body.overrides.0.period');
    expectProblem(
      await cast.pm.put(`/api/roadmap/teams/${MISSING}/capacity`, { version: 0, people: 1, focus: 1 }),
      404,
    );
    for (const who of [cast.owner, cast.contributor, cast.viewer])
      expectProblem(await put({ version: 1, people: 9, focus: 1 }, who), 403);
  });

  it('validates the year of the capacity view', async () => {
    const res = expectProblem(await cast.viewer.get('/api/roadmap/years/2027/capacity'), 400);
    expect(res.errors?.[0]?.path).toBe('params.year');
    expectProblem(await t.anonymous.get('/api/roadmap/years/FY2027/capacity'), 401);
  });

  it('what-if: dropping relieves the over-allocated quarter; a move shows the critical path and fixed milestone effect; nothing saved', async () => {
    await put({ version: 0, people: 2, focus: 0.5 });
    const res = await cast.viewer.post('/api/roadmap/years/FY2027/capacity/what-if', {
      changes: [{ kind: 'drop', initiativeId: big.id }],
    });
    expect(res.statusCode, res.body).toBe(200);
    const drop = CapacityWhatIfSchema.parse(res.json());
    const q1 = drop.cells.find((c) => c.teamId === team.id && c.period === 'FY2027-Q1')!;
    expect(q1).toMatchObject({
      before: { plannedWeeks: 35, overAllocatedWeeks: 22.14 },
      after: { plannedWeeks: 5, overAllocatedWeeks: 0 },
      deltaWeeks: -30,
    });
    expect(drop.relieved).toEqual([{ teamId: team.id, period: 'FY2027-Q1' }]);
    expect(drop.keyResults).toEqual([]);

    const launch = await addMilestone(cast.pm, small.id, {
      title: 'DSA deadline',
      date: '2027-03-31',
      kind: 'regulatory_deadline',
    });
    await cast.pm.post('/api/roadmap/dependencies', {
      from: { type: 'initiative', id: big.id },
      to: { type: 'milestone', id: launch.id },
      lagDays: 0,
    });
    const move = CapacityWhatIfSchema.parse(
      (
        await cast.viewer.post('/api/roadmap/years/FY2027/capacity/what-if', {
          changes: [{ kind: 'move', initiativeId: big.id, weeks: 2 }],
        })
      ).json(),
    );
    expect(move.changes).toEqual([{ initiativeId: big.id, kind: 'move', start: '2027-01-15', end: '2027-04-14' }]);
    expect(move.criticalPath).toMatchObject({ ok: true, finishDeltaDays: 14 });
    if (move.criticalPath.ok)
      expect(move.criticalPath.lateFixedMilestones).toMatchObject([{ title: 'DSA deadline', daysLate: 14 }]);
    const q2 = move.cells.find((c) => c.teamId === team.id && c.period === 'FY2027-Q2')!;
    expect(q2.after.plannedWeeks).toBeGreaterThan(0);
    const stored = (await cast.pm.get(`/api/roadmap/initiatives/${big.id}`)).json();
    expect(stored).toMatchObject({ start: '2027-01-01', version: big.version });
  });

  it('what-if validation: no changes, a zero-week move, an initiative not in the year', async () => {
    const url = '/api/roadmap/years/FY2027/capacity/what-if';
    expect(expectProblem(await cast.viewer.post(url, { changes: [] }), 400).errors?.[0]?.path).toBe('body.changes');
    const zero = await cast.viewer.post(url, { changes: [{ kind: 'move', initiativeId: big.id, weeks: 0 }] });
    expect(expectProblem(zero, 400).errors?.[0]?.path).toBe('body.changes.0.weeks');
    const unknown = await cast.viewer.post(url, { changes: [{ kind: 'drop', initiativeId: MISSING }] });
    expect(expectProblem(unknown, 400).errors?.[0]?.path).toBe('body.changes.0.initiativeId');
    expectProblem(await t.anonymous.post(url, { changes: [{ kind: 'drop', initiativeId: big.id }] }), 401);
  });
});
