import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { MISSING, castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

// 2027-01-04 is a Monday; updates are due on Fridays (weekday 5): 2027-01-08, 01-15, 01-22 …
describe.each(DIALECTS)('health updates on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let initiative: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-01-04');
    initiative = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      status: 'in_progress',
      cadenceWeekday: 5,
    });
  });
  afterEach(async () => t.close());

  const schedule = async () => (await cast.owner.get(`/api/roadmap/initiatives/${initiative.id}`)).json().updates;

  it('is due from the cadence day on, clears when the owner posts, and keeps the history', async () => {
    expect(await schedule()).toMatchObject({ due: false, nextDueOn: '2027-01-08', lastUpdateOn: null });
    t.clock.setToday('2027-01-08');
    expect(await schedule()).toMatchObject({ due: true, nextDueOn: '2027-01-08' });
    const due = (await cast.owner.get('/api/roadmap/initiatives?ownerId=me&updateDue=true')).json().items;
    expect(due.map((i: Json) => i.id)).toEqual([initiative.id]);

    const posted = await cast.owner.post(`/api/roadmap/initiatives/${initiative.id}/updates`, {
      health: 'at_risk',
      body: 'Legal review slipped a week; @[Test viewer](mention:' + cast.viewer.userId + ') please re-check the copy.',
    });
    expect(posted.statusCode, posted.body).toBe(201);
    expect(posted.json()).toMatchObject({
      update: { health: 'at_risk', postedOn: '2027-01-08', author: { id: cast.owner.userId } },
      schedule: { due: false, nextDueOn: '2027-01-15', health: 'at_risk', lastUpdateOn: '2027-01-08' },
    });
    expect((await cast.owner.get('/api/roadmap/initiatives?updateDue=true')).json().items).toEqual([]);
    expect((await cast.owner.get('/api/roadmap/initiatives?health=at_risk')).json().items).toHaveLength(1);
    expect((await cast.viewer.get('/api/notifications')).json().items[0]).toMatchObject({ kind: 'mention' });

    t.clock.setToday('2027-01-16');
    expect(await schedule()).toMatchObject({ due: true, nextDueOn: '2027-01-15' });
    // A program manager may post for the owner.
    await cast.pm.post(`/api/roadmap/initiatives/${initiative.id}/updates`, {
      health: 'on_track',
      body: 'Back on track.',
    });
    const read = (await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json();
    expect(read.updates).toMatchObject({ due: false, nextDueOn: '2027-01-29', health: 'on_track' });
    expect(read.recentUpdates.map((u: Json) => u.health)).toEqual(['on_track', 'at_risk']);

    const first = (await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}/updates?limit=1`)).json();
    expect(first.items.map((u: Json) => u.health)).toEqual(['on_track']);
    const second = (
      await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}/updates?limit=1&cursor=${first.nextCursor}`)
    ).json();
    expect(second).toMatchObject({ items: [{ health: 'at_risk' }], nextCursor: null });
    const audit = (await cast.admin.get('/api/audit-events?action=initiative_update.posted')).json().items;
    expect(audit).toHaveLength(2);
  });

  it('expects nothing while the initiative is not in progress', async () => {
    t.clock.setToday('2027-02-01');
    expect(await schedule()).toMatchObject({ due: true });
    await cast.owner.patch(`/api/roadmap/initiatives/${initiative.id}`, { version: 1, status: 'paused' });
    expect(await schedule()).toMatchObject({ due: false, nextDueOn: null });
    expect((await cast.owner.get('/api/roadmap/initiatives?updateDue=false')).json().items).toHaveLength(1);
  });

  it('requires a narrative and a health, refuses others and unknown initiatives', async () => {
    const url = `/api/roadmap/initiatives/${initiative.id}/updates`;
    const bad = expectProblem(await cast.owner.post(url, { health: 'fine', body: '   ' }), 400, 'VALIDATION_FAILED');
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.body', 'body.health']);
    for (const who of [cast.otherOwner, cast.contributor, cast.xfn, cast.viewer])
      expectProblem(await who.post(url, { health: 'on_track', body: 'Not mine' }), 403, 'FORBIDDEN');
    expectProblem(
      await cast.owner.post(`/api/roadmap/initiatives/${MISSING}/updates`, { health: 'on_track', body: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await cast.viewer.get(`/api/roadmap/initiatives/${MISSING}/updates`), 404, 'NOT_FOUND');
    expectProblem(await cast.viewer.get(`${url}?cursor=nonsense`), 400, 'VALIDATION_FAILED');
  });
});
