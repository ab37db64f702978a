import { RoadmapBaselineListSchema, RoadmapBaselineSchema } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { RoadmapBaselinesService } from './baselines.service.js';
import { addMilestone, castOf, createInitiative, MISSING, type Json, type RoadmapCast } from './roadmap-test-kit.js';

const BASE = '/api/roadmap/years/FY2027/baselines';

describe.each(DIALECTS)('roadmap baselines on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-01-10');
  });
  afterEach(async () => t.close());

  const auditOf = async (action: string) =>
    ((await cast.admin.get(`/api/audit-events?action=${action}`)).json() as Json).items as Json[];

  it('saves a named baseline of the year, lists it and reads its metadata; the save is audited', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'DSA readiness' });
    await addMilestone(cast.owner, initiative.id, { title: 'Gap analysis', date: '2027-02-15' });
    await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Last year',
      start: '2026-01-01',
      end: '2026-03-31',
    });

    const res = await cast.pm.post(BASE, { name: '  FY27 plan as approved ' });
    expect(res.statusCode, res.body).toBe(201);
    const created = RoadmapBaselineSchema.parse(res.json());
    expect(created).toMatchObject({
      yearKey: 'FY2027',
      name: 'FY27 plan as approved',
      kind: 'manual',
      period: null,
      createdBy: { id: cast.pm.userId },
      counts: { initiatives: 1, milestones: 1, keyResults: 0 },
      abilities: { delete: true },
    });

    const list = RoadmapBaselineListSchema.parse((await cast.viewer.get(BASE)).json());
    expect(list.items.map((b) => b.id)).toEqual([created.id]);
    expect(list.items[0]!.abilities.delete).toBe(false);
    const one = await cast.viewer.get(`${BASE}/${created.id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ id: created.id, name: 'FY27 plan as approved' });

    const events = await auditOf('roadmap_baseline.created');
    expect(events[0]).toMatchObject({ entityId: created.id });
  });

  it('refuses a missing name and a key that is not a fiscal year, naming the field', async () => {
    const empty = expectProblem(await cast.pm.post(BASE, { name: '   ' }), 400, 'VALIDATION_FAILED');
    expect(empty.errors?.[0]?.path).toBe('body.name');
    const missing = expectProblem(await cast.pm.post(BASE, {}), 400, 'VALIDATION_FAILED');
    expect(missing.errors?.[0]?.path).toBe('body.name');
    const badKey = expectProblem(await cast.pm.post('/api/roadmap/years/FY27/baselines', { name: 'x' }), 400);
    expect(badKey.errors?.[0]?.path).toBe('params.key');
    const quarter = expectProblem(await cast.viewer.get('/api/roadmap/years/FY2027-Q1/baselines'), 400);
    expect(quarter.errors?.[0]?.path).toBe('params.key');
    expect(((await cast.pm.get(BASE)).json() as Json).items).toHaveLength(0);
  });

  it('answers 404 for a baseline that does not exist, or belongs to another year', async () => {
    expectProblem(await cast.viewer.get(`${BASE}/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await cast.pm.delete(`${BASE}/${MISSING}`), 404, 'NOT_FOUND');
    const created = (await cast.pm.post(BASE, { name: 'Plan' })).json() as Json;
    expectProblem(await cast.viewer.get(`/api/roadmap/years/FY2028/baselines/${created.id}`), 404, 'NOT_FOUND');
    expectProblem(await cast.pm.delete(`/api/roadmap/years/FY2028/baselines/${created.id}`), 404, 'NOT_FOUND');
  });

  it('lets only program managers and admins save and delete baselines; everyone may read them', async () => {
    for (const who of [cast.owner, cast.contributor, cast.xfn, cast.viewer])
      expectProblem(await who.post(BASE, { name: 'Mine' }), 403, 'FORBIDDEN');
    const created = (await cast.admin.post(BASE, { name: 'Plan' })).json() as Json;
    for (const who of [cast.owner, cast.contributor, cast.xfn, cast.viewer]) {
      expectProblem(await who.delete(`${BASE}/${created.id}`), 403, 'FORBIDDEN');
      expect((await who.get(BASE)).statusCode).toBe(200);
    }
    expectProblem(await t.anonymous.get(BASE), 401);
  });

  it('is immutable: no route edits a baseline, later changes leave it as saved, and a delete is audited', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Appeals revamp' });
    const created = (await cast.pm.post(BASE, { name: 'Plan' })).json() as Json;
    expect(
      (await cast.pm.request({ method: 'PUT', url: `${BASE}/${created.id}`, payload: { name: 'x' } })).statusCode,
    ).toBe(404);
    expect((await cast.pm.patch(`${BASE}/${created.id}`, { name: 'x' })).statusCode).toBe(404);
    await cast.pm.patch(`/api/roadmap/initiatives/${initiative.id}`, { version: 1, title: 'Renamed' });
    await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Added later' });
    const again = (await cast.viewer.get(`${BASE}/${created.id}`)).json() as Json;
    expect(again).toMatchObject({ name: 'Plan', counts: { initiatives: 1 }, createdAt: created.createdAt });

    const gone = await cast.pm.delete(`${BASE}/${created.id}`);
    expect(gone.statusCode).toBe(204);
    expectProblem(await cast.viewer.get(`${BASE}/${created.id}`), 404, 'NOT_FOUND');
    const events = await auditOf('roadmap_baseline.deleted');
    expect(events[0]).toMatchObject({ entityId: created.id, actor: { id: cast.pm.userId } });
  });

  it('makes no automatic baseline of a year with nothing planned yet (a workspace before its roadmap)', async () => {
    const service = new RoadmapBaselinesService(
      t.database.scope,
      t.services.roadmap.settings,
      t.services.audit,
      t.clock,
    );
    expect(await service.ensureQuarterBaseline()).toBeNull();
    expect(((await cast.viewer.get(BASE)).json() as Json).items).toHaveLength(0);
    await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    expect(await service.ensureQuarterBaseline()).not.toBeNull();
  });

  it('makes one automatic baseline per quarter, safely twice, named after the quarter; reads never make one', async () => {
    await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    await cast.viewer.get(BASE);
    await cast.viewer.get('/api/roadmap/years/FY2027');
    expect(((await cast.viewer.get(BASE)).json() as Json).items).toHaveLength(0);

    const service = new RoadmapBaselinesService(
      t.database.scope,
      t.services.roadmap.settings,
      t.services.audit,
      t.clock,
    );
    const [first, second] = await Promise.all([service.ensureQuarterBaseline(), service.ensureQuarterBaseline()]);
    expect([first, second].filter((id) => id !== null)).toHaveLength(1);
    expect(await service.ensureQuarterBaseline()).toBeNull();
    t.clock.setToday('2027-04-01');
    expect(await service.ensureQuarterBaseline()).not.toBeNull();

    const items = ((await cast.viewer.get(BASE)).json() as Json).items as Json[];
    expect(items.map((b) => [b.name, b.kind, b.period, b.createdBy])).toEqual([
      ['Start of FY27 Q2', 'automatic', 'FY2027-Q2', null],
      ['Start of FY27 Q1', 'automatic', 'FY2027-Q1', null],
    ]);
    expect(items[1]!.counts.initiatives).toBe(1);
  });

  it('keeps automatic baselines: deleting one is refused (409) and none offers delete, so the quarter cannot be relabelled', async () => {
    await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Planned at the start' });
    const service = new RoadmapBaselinesService(
      t.database.scope,
      t.services.roadmap.settings,
      t.services.audit,
      t.clock,
    );
    const id = (await service.ensureQuarterBaseline())!;
    const manual = (await cast.pm.post(BASE, { name: 'Plan' })).json() as Json;
    const items = RoadmapBaselineListSchema.parse((await cast.pm.get(BASE)).json()).items;
    expect(items.map((b) => [b.kind, b.abilities.delete])).toEqual([
      ['manual', true],
      ['automatic', false],
    ]);
    expect(RoadmapBaselineSchema.parse((await cast.admin.get(`${BASE}/${id}`)).json()).abilities.delete).toBe(false);

    for (const who of [cast.pm, cast.admin]) {
      const refused = expectProblem(await who.delete(`${BASE}/${id}`), 409, 'INVALID_STATE');
      expect(refused.detail).toMatch(/automatic baselines are kept as the record of each quarter's start/i);
    }
    expectProblem(await cast.viewer.delete(`${BASE}/${id}`), 403, 'FORBIDDEN');
    expect((await cast.viewer.get(`${BASE}/${id}`)).json()).toMatchObject({
      name: 'Start of FY27 Q1',
      counts: { initiatives: 1 },
    });
    expect(await auditOf('roadmap_baseline.deleted')).toHaveLength(0);

    // The hourly run finds the quarter's baseline still there and takes no second, mid-quarter one.
    await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Added mid-quarter' });
    expect(await service.ensureQuarterBaseline()).toBeNull();
    expect((await cast.pm.delete(`${BASE}/${manual.id}`)).statusCode).toBe(204);
  });
});
