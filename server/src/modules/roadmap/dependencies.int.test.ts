import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { MISSING, addMilestone, castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

const link = (from: Json, to: Json, extra: object = {}) => ({
  from: { type: from.initiativeId ? 'milestone' : 'initiative', id: from.id },
  to: { type: to.initiativeId ? 'milestone' : 'initiative', id: to.id },
  ...extra,
});

describe.each(DIALECTS)('dependencies on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let a: Json;
  let b: Json;
  let c: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    a = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Policy research',
      start: '2027-01-01',
      end: '2027-03-31',
    });
    b = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Drafting',
      start: '2027-04-01',
      end: '2027-06-30',
    });
    c = await createInitiative(cast.pm, {
      ownerId: cast.otherOwner.userId,
      title: 'Enforcement launch',
      start: '2027-07-01',
      end: '2027-09-30',
    });
  });
  afterEach(async () => t.close());

  it('links initiatives and milestones finish-to-start with a lag, shown on both sides', async () => {
    const res = await cast.owner.post('/api/roadmap/dependencies', link(a, b, { lagDays: 0 }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'finish_to_start',
      from: { type: 'initiative', id: a.id, title: 'Policy research', date: '2027-03-31' },
      to: { type: 'initiative', id: b.id, title: 'Drafting', date: '2027-04-01' },
      lagDays: 0,
      satisfied: true,
      abilities: { update: true, delete: true },
    });
    const gate = await addMilestone(cast.owner, b.id, { title: 'Legal review', date: '2027-06-15' });
    // The other owner's launch may wait on this owner's milestone: the link touches something they own.
    const lagged = await cast.otherOwner.post('/api/roadmap/dependencies', link(gate, c, { lagDays: 20 }));
    expect(lagged.json()).toMatchObject({ satisfied: false, from: { type: 'milestone', initiativeTitle: 'Drafting' } });
    const read = (await cast.viewer.get(`/api/roadmap/initiatives/${b.id}`)).json();
    expect(read.predecessors.map((d: Json) => d.from.title)).toEqual(['Policy research']);
    expect(read.successors.map((d: Json) => d.to.title)).toEqual(['Enforcement launch']);
    expect(read.successors[0].abilities).toEqual({ update: false, delete: false });
  });

  it('refuses a cycle, naming its members, and writes nothing', async () => {
    await cast.owner.post('/api/roadmap/dependencies', link(a, b));
    await cast.pm.post('/api/roadmap/dependencies', link(b, c));
    const cycle = expectProblem(await cast.pm.post('/api/roadmap/dependencies', link(c, a)), 400, 'VALIDATION_FAILED');
    expect(cycle.errors).toEqual([
      {
        path: 'body.to',
        message: 'Would close a cycle: “Enforcement launch” → “Policy research” → “Drafting” → “Enforcement launch”',
      },
    ]);
    // Through a milestone: the drafting initiative cannot wait on its own milestone.
    const own = await addMilestone(cast.owner, b.id, { title: 'Outline agreed', date: '2027-05-01' });
    const self = expectProblem(
      await cast.owner.post('/api/roadmap/dependencies', link(own, b)),
      400,
      'VALIDATION_FAILED',
    );
    expect(self.errors?.[0]?.message).toContain('milestone “Outline agreed” of “Drafting”');
    expect((await cast.owner.post('/api/roadmap/dependencies', link(own, c))).statusCode).toBe(201);
    expect((await cast.pm.get(`/api/roadmap/initiatives/${a.id}`)).json().predecessors).toEqual([]);
    expect((await cast.admin.get('/api/audit-events?action=initiative_dependency.created')).json().items).toHaveLength(
      3,
    );
  });

  it('refuses self-links, duplicates, unknown ends and people who may change neither end', async () => {
    expect(expectProblem(await cast.pm.post('/api/roadmap/dependencies', link(a, a)), 400).errors?.[0]?.path).toBe(
      'body.to',
    );
    await cast.pm.post('/api/roadmap/dependencies', link(a, b));
    expectProblem(await cast.pm.post('/api/roadmap/dependencies', link(a, b)), 409, 'ALREADY_EXISTS');
    const unknown = expectProblem(
      await cast.pm.post('/api/roadmap/dependencies', {
        from: { type: 'milestone', id: MISSING },
        to: { type: 'initiative', id: b.id },
      }),
      400,
    );
    expect(unknown.errors?.map((e) => e.path)).toEqual(['body.from.id']);
    const shape = expectProblem(
      await cast.pm.post('/api/roadmap/dependencies', {
        from: { type: 'task', id: a.id },
        to: { type: 'initiative' },
        lagDays: 1.5,
      }),
      400,
    );
    expect(shape.errors?.map((e) => e.path).sort()).toEqual(['body.from.type', 'body.lagDays', 'body.to.id']);
    // The other owner owns neither A nor B.
    expectProblem(await cast.otherOwner.post('/api/roadmap/dependencies', link(b, a)), 403, 'FORBIDDEN');
    for (const who of [cast.contributor, cast.xfn, cast.viewer])
      expectProblem(await who.post('/api/roadmap/dependencies', link(b, c)), 403, 'FORBIDDEN');
  });

  it('changes the lag with the current version and deletes', async () => {
    const dep = (await cast.owner.post('/api/roadmap/dependencies', link(a, b))).json();
    const url = `/api/roadmap/dependencies/${dep.id}`;
    expect((await cast.owner.patch(url, { version: 1, lagDays: 5 })).json()).toMatchObject({
      lagDays: 5,
      version: 2,
      satisfied: false,
    });
    expectProblem(await cast.owner.patch(url, { version: 1, lagDays: 2 }), 409, 'VERSION_CONFLICT');
    expectProblem(await cast.otherOwner.patch(url, { version: 2, lagDays: 2 }), 403, 'FORBIDDEN');
    expectProblem(await cast.viewer.delete(`${url}?version=2`), 403, 'FORBIDDEN');
    expect(expectProblem(await cast.owner.patch(url, { version: 2, lagDays: 400 }), 400).errors?.[0]?.path).toBe(
      'body.lagDays',
    );
    expectProblem(await cast.owner.delete(`${url}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await cast.owner.delete(`${url}?version=2`)).statusCode).toBe(204);
    expectProblem(await cast.owner.delete(`${url}?version=2`), 404, 'NOT_FOUND');
    expectProblem(
      await cast.owner.patch(`/api/roadmap/dependencies/${MISSING}`, { version: 1, lagDays: 1 }),
      404,
      'NOT_FOUND',
    );
  });
});
