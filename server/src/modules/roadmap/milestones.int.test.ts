import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { MISSING, addMilestone, castOf, createInitiative, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('milestones on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-02-10');
  });
  afterEach(async () => t.close());

  it('adds internal and fixed milestones inside the span and derives progress from those done', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const draft = await addMilestone(cast.owner, initiative.id, {
      title: 'Draft ready',
      date: '2027-02-01',
      done: true,
    });
    expect(draft).toMatchObject({ kind: 'internal', fixed: false, done: true, doneOn: '2027-02-10', version: 1 });
    const dsa = await addMilestone(cast.owner, initiative.id, {
      title: 'DSA transparency report',
      date: '2027-04-30',
      kind: 'transparency_report',
    });
    expect(dsa).toMatchObject({ fixed: true, done: false });
    await addMilestone(cast.owner, initiative.id, { title: 'Launch', date: '2027-06-30', kind: 'product_launch' });
    const read = (await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json();
    expect(read.milestones.map((m: { title: string }) => m.title)).toEqual([
      'Draft ready',
      'DSA transparency report',
      'Launch',
    ]);
    expect(read).toMatchObject({
      milestoneCount: 3,
      milestonesDone: 1,
      progress: { value: 33, source: 'milestones', basis: '1 of 3 milestones done' },
    });

    const done = await cast.owner.patch(`/api/roadmap/milestones/${dsa.id}`, { version: 1, done: true });
    expect(done.json()).toMatchObject({ done: true, version: 2 });
    expect((await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json().progress.value).toBe(67);
    const activity = (await cast.viewer.get(`/api/activity?entityType=initiative&entityId=${initiative.id}`)).json();
    expect(activity.items.map((e: { event: string }) => e.event)).toContain('initiative_milestone.completed');
  });

  it('refuses a date outside the initiative, naming body.date, and stale or foreign edits', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const outside = expectProblem(
      await cast.owner.post(`/api/roadmap/initiatives/${initiative.id}/milestones`, {
        title: 'Late',
        date: '2027-07-01',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(outside.errors?.map((e) => e.path)).toEqual(['body.date']);
    const bad = expectProblem(
      await cast.owner.post(`/api/roadmap/initiatives/${initiative.id}/milestones`, {
        title: '',
        date: '2027-02-30',
        kind: 'x',
      }),
      400,
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.date', 'body.kind', 'body.title']);
    const m = await addMilestone(cast.owner, initiative.id, { title: 'Review', date: '2027-03-01' });
    expect(
      expectProblem(await cast.owner.patch(`/api/roadmap/milestones/${m.id}`, { version: 1, date: '2026-12-31' }), 400)
        .errors?.[0]?.path,
    ).toBe('body.date');
    const moved = await cast.owner.patch(`/api/roadmap/milestones/${m.id}`, {
      version: 1,
      date: '2027-03-15',
      kind: 'regulatory_deadline',
    });
    expect(moved.json()).toMatchObject({ date: '2027-03-15', fixed: true, version: 2 });
    expectProblem(
      await cast.owner.patch(`/api/roadmap/milestones/${m.id}`, { version: 1, title: 'Stale' }),
      409,
      'VERSION_CONFLICT',
    );
    for (const who of [cast.otherOwner, cast.contributor, cast.xfn, cast.viewer]) {
      expectProblem(await who.patch(`/api/roadmap/milestones/${m.id}`, { version: 2, done: true }), 403, 'FORBIDDEN');
      expectProblem(
        await who.post(`/api/roadmap/initiatives/${initiative.id}/milestones`, { title: 'Mine', date: '2027-03-01' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await who.delete(`/api/roadmap/milestones/${m.id}?version=2`), 403, 'FORBIDDEN');
    }
    expectProblem(
      await cast.pm.patch(`/api/roadmap/milestones/${MISSING}`, { version: 1, done: true }),
      404,
      'NOT_FOUND',
    );
    expectProblem(
      await cast.pm.post(`/api/roadmap/initiatives/${MISSING}/milestones`, { title: 'x', date: '2027-03-01' }),
      404,
      'NOT_FOUND',
    );
  });

  it('deletes a milestone with the dependencies on it, audited', async () => {
    const a = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'A' });
    const b = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'B',
      start: '2027-07-01',
      end: '2027-09-30',
    });
    const m = await addMilestone(cast.owner, a.id, { title: 'Gate', date: '2027-03-01' });
    const dep = (
      await cast.owner.post('/api/roadmap/dependencies', {
        from: { type: 'milestone', id: m.id },
        to: { type: 'initiative', id: b.id },
      })
    ).json();
    expectProblem(await cast.owner.delete(`/api/roadmap/milestones/${m.id}?version=2`), 409, 'VERSION_CONFLICT');
    expect((await cast.owner.delete(`/api/roadmap/milestones/${m.id}?version=1`)).statusCode).toBe(204);
    const read = (await cast.pm.get(`/api/roadmap/initiatives/${b.id}`)).json();
    expect(read.predecessors).toEqual([]);
    const deleted = (await cast.admin.get('/api/audit-events?action=initiative_dependency.deleted')).json().items;
    expect(deleted.map((e: { entityId: string }) => e.entityId)).toEqual([dep.id]);
    expectProblem(await cast.owner.delete(`/api/roadmap/milestones/${m.id}?version=1`), 404, 'NOT_FOUND');
  });
});
