import { RoadmapComparisonSchema } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { createKeyResult, createObjective } from '../okrs/okrs.fixtures.js';
import { addMilestone, castOf, createInitiative, MISSING, type Json, type RoadmapCast } from './roadmap-test-kit.js';

const YEAR = '/api/roadmap/years/FY2027';

describe.each(DIALECTS)('comparing the roadmap with a baseline on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-01-10');
  });
  afterEach(async () => t.close());

  const save = async (name: string) => (await cast.pm.post(`${YEAR}/baselines`, { name })).json() as Json;
  const compare = async (query: string, who = cast.viewer) => {
    const res = await who.get(`${YEAR}/compare?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return RoadmapComparisonSchema.parse(res.json());
  };

  it('lists what moved since the baseline: added, removed, dates, status, owner, scope, milestone slips, KR targets', async () => {
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Hate Speech' })).json() as Json;
    const moved = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'DSA readiness' });
    const milestone = await addMilestone(cast.owner, moved.id, { title: 'Gap analysis', date: '2027-02-15' });
    const dropped = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Dropped' });
    const objective = await createObjective(cast.pm, { periodKey: 'FY2027-Q1' });
    const lowered = await createKeyResult(cast.pm, objective.id, { title: 'QA accuracy', baseline: 80, target: 90 });
    const raised = await createKeyResult(cast.pm, objective.id, {
      title: 'Appeal backlog',
      type: 'decrease_to',
      baseline: 12,
      target: 8,
    });
    const baseline = await save('FY27 plan as approved');

    await cast.pm.patch(`/api/roadmap/initiatives/${moved.id}`, {
      version: 1,
      end: '2027-07-14',
      status: 'in_progress',
      ownerId: cast.otherOwner.userId,
      areaIds: [area.id],
    });
    await cast.otherOwner.patch(`/api/roadmap/milestones/${milestone.id}`, { version: 1, date: '2027-03-01' });
    await cast.pm.delete(`/api/roadmap/initiatives/${dropped.id}?version=1`);
    const added = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'New work' });
    await cast.pm.patch(`/api/key-results/${lowered.id}`, { version: 1, target: 85 });
    await cast.pm.patch(`/api/key-results/${raised.id}`, { version: 1, target: 6 });

    const c = await compare(`baseline=${baseline.id}`);
    expect(c.baseline).toMatchObject({ id: baseline.id, name: 'FY27 plan as approved' });
    expect(c.initiatives.added).toEqual([{ id: added.id, title: 'New work' }]);
    expect(c.initiatives.removed).toEqual([{ id: dropped.id, title: 'Dropped' }]);
    expect(c.initiatives.datesMoved).toEqual([
      expect.objectContaining({
        id: moved.id,
        startDeltaDays: 0,
        endBefore: '2027-06-30',
        endAfter: '2027-07-14',
        endDeltaDays: 14,
      }),
    ]);
    expect(c.initiatives.statusChanged).toEqual([
      expect.objectContaining({ before: 'proposed', after: 'in_progress' }),
    ]);
    expect(c.initiatives.ownerChanged).toEqual([
      expect.objectContaining({ before: cast.owner.userId, after: cast.otherOwner.userId }),
    ]);
    expect(c.initiatives.scopeChanged[0]!.areas).toEqual({ added: [area.id], removed: [] });
    expect(c.milestones.moved).toEqual([
      expect.objectContaining({ id: milestone.id, dateBefore: '2027-02-15', dateAfter: '2027-03-01', slipDays: 14 }),
    ]);
    expect(c.keyResults.targetsChanged.map((k) => [k.title, k.targetBefore, k.targetAfter, k.ambition])).toEqual(
      expect.arrayContaining([
        ['QA accuracy', 90, 85, 'lowered'],
        ['Appeal backlog', 8, 6, 'raised'],
      ]),
    );
    expect(c.summary).toMatchObject({
      initiativesAdded: 1,
      initiativesRemoved: 1,
      milestonesSlipped: 1,
      targetsLowered: 1,
    });
    expect(c.names.people.map((p) => p.id).sort()).toEqual([cast.owner.userId, cast.otherOwner.userId].sort());
    expect(c.names.areas).toEqual([{ id: area.id, name: 'Hate Speech' }]);
    expect(c.names.initiatives).toEqual([{ id: moved.id, name: 'DSA readiness' }]);
  });

  it('compares with a date using the latest baseline taken on or before that day, and says which', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const milestone = await addMilestone(cast.owner, initiative.id, { title: 'Draft', date: '2027-02-01' });
    const first = await save('Kick-off');
    t.clock.setToday('2027-01-20');
    await cast.owner.patch(`/api/roadmap/milestones/${milestone.id}`, { version: 1, date: '2027-02-11' });
    const second = await save('After the review');
    t.clock.setToday('2027-01-25');
    await cast.owner.patch(`/api/roadmap/milestones/${milestone.id}`, { version: 2, date: '2027-02-16' });

    const lastWeek = await compare('date=2027-01-18');
    expect(lastWeek).toMatchObject({ date: '2027-01-18', baseline: { id: first.id, name: 'Kick-off' } });
    expect(lastWeek.milestones.moved[0]!.slipDays).toBe(15);
    const sameDay = await compare('date=2027-01-20');
    expect(sameDay.baseline.id).toBe(second.id);
    expect(sameDay.milestones.moved[0]!.slipDays).toBe(5);
    expect((await compare('date=2027-06-30')).baseline.id).toBe(second.id);
    const before = expectProblem(await cast.viewer.get(`${YEAR}/compare?date=2027-01-09`), 404, 'NOT_FOUND');
    expect(before.detail).toContain('2027-01-09');
  });

  it('keeps restricted policies out of scope changes for readers who may not see them', async () => {
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Minor Safety' })).json() as Json;
    const secret = (
      await cast.admin.post('/api/policies', {
        title: 'Grooming Detection Signals',
        slug: 'grooming-signals',
        areaId: area.id,
        restricted: true,
        memberIds: [cast.pm.userId],
      })
    ).json() as Json;
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const baseline = await save('Plan');
    await cast.pm.patch(`/api/roadmap/initiatives/${initiative.id}`, { version: 1, policyIds: [secret.id] });

    const forPm = await compare(`baseline=${baseline.id}`, cast.pm);
    expect(forPm.initiatives.scopeChanged[0]!.policies.added).toEqual([secret.id]);
    expect(forPm.names.policies).toEqual([{ id: secret.id, name: 'Grooming Detection Signals' }]);
    const forViewer = await compare(`baseline=${baseline.id}`, cast.viewer);
    expect(forViewer.initiatives.scopeChanged).toEqual([]);
    expect(forViewer.names.policies).toEqual([]);
    expect(JSON.stringify(forViewer)).not.toContain(secret.id);
  });

  it('refuses a query with neither or both of baseline and date, or a bad date, naming the field', async () => {
    const baseline = await save('Plan');
    expect(expectProblem(await cast.viewer.get(`${YEAR}/compare`), 400).errors?.[0]?.path).toBe('querystring.baseline');
    expect(
      expectProblem(await cast.viewer.get(`${YEAR}/compare?baseline=${baseline.id}&date=2027-01-10`), 400).errors?.[0]
        ?.path,
    ).toBe('querystring.baseline');
    expect(expectProblem(await cast.viewer.get(`${YEAR}/compare?date=last-week`), 400).errors?.[0]?.path).toBe(
      'querystring.date',
    );
    expect(
      expectProblem(await cast.viewer.get(`/api/roadmap/years/2027/compare?date=2027-01-10`), 400).errors?.[0]?.path,
    ).toBe('params.key');
  });

  it('answers 404 for an unknown baseline and 401 for anonymous callers; comparing writes nothing', async () => {
    expectProblem(await cast.viewer.get(`${YEAR}/compare?baseline=${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await t.anonymous.get(`${YEAR}/compare?date=2027-01-10`), 401);
    const baseline = await save('Plan');
    for (const who of [cast.owner, cast.contributor, cast.xfn, cast.viewer])
      await compare(`baseline=${baseline.id}`, who);
    expect(((await cast.viewer.get(`${YEAR}/baselines`)).json() as Json).items).toHaveLength(1);
  });
});
