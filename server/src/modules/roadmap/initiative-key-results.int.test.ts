import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { TODAY_IN_Q2, createKeyResult, createObjective } from '../okrs/okrs.fixtures.js';
import { MISSING, addMilestone, castOf, createInitiative, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('initiative key results on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  const url = (id: string) => `/api/roadmap/initiatives/${id}/key-results`;

  it('links and unlinks key results, listed on both sides, audited, with the version', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const objective = await createObjective(cast.pm, { title: 'Ship the DSA programme' });
    const a = await createKeyResult(cast.pm, objective.id, { title: 'Statements of reasons complete' });
    const b = await createKeyResult(cast.pm, objective.id, { title: 'Appeals answered in 7 days' });
    expect((await cast.viewer.get(url(initiative.id))).json()).toEqual({ items: [], version: 1 });

    const linked = await cast.owner.put(url(initiative.id), { keyResultIds: [b.id, a.id], version: 1 });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().version).toBe(2);
    expect(linked.json().items).toEqual([
      expect.objectContaining({
        id: a.id,
        title: 'Statements of reasons complete',
        objective: { id: objective.id, title: 'Ship the DSA programme' },
        periodKey: 'FY2027-Q2',
        progress: 0,
        fedByThis: false,
      }),
      expect.objectContaining({ id: b.id, fedByThis: false }),
    ]);
    const fromKr = (await cast.viewer.get(`/api/roadmap/key-results/${a.id}/initiatives`)).json();
    expect(fromKr.items).toEqual([
      { id: initiative.id, title: initiative.title, status: initiative.status, progress: 0, feeds: false },
    ]);

    const unlinked = await cast.pm.put(url(initiative.id), { keyResultIds: [b.id], version: 2 });
    expect(unlinked.json().items.map((k: { id: string }) => k.id)).toEqual([b.id]);
    expect((await cast.viewer.get(`/api/roadmap/key-results/${a.id}/initiatives`)).json().items).toEqual([]);
    const audit = (await cast.admin.get('/api/audit-events?action=initiative.key_results_linked')).json().items;
    expect(audit).toHaveLength(2);
    expect((await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json().version).toBe(3);
  });

  it("feeds a key result with the initiative's progress, following milestone completion", async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const first = await addMilestone(cast.owner, initiative.id, { title: 'Draft', date: '2027-02-01' });
    await addMilestone(cast.owner, initiative.id, { title: 'Launch', date: '2027-06-01' });
    const objective = await createObjective(cast.pm);
    const fed = await createKeyResult(cast.pm, objective.id, {
      title: 'Age-assurance guidance shipped',
      unit: '%',
      baseline: 0,
      target: 100,
      source: { kind: 'initiative', initiativeId: initiative.id },
    });
    expect(fed).toMatchObject({ source: { kind: 'initiative', initiativeId: initiative.id }, currentValue: 0 });

    const done = await cast.owner.patch(`/api/roadmap/milestones/${first.id}`, { version: 1, done: true });
    expect(done.statusCode, done.body).toBe(200);
    const read = (await cast.viewer.get(`/api/objectives/${objective.id}`)).json();
    expect(read.keyResults[0]).toMatchObject({ currentValue: 50, progress: 50 });
    const mine = (await cast.viewer.get(url(initiative.id))).json();
    expect(mine.items).toEqual([expect.objectContaining({ id: fed.id, progress: 50, fedByThis: true })]);
    const serving = (await cast.viewer.get(`/api/roadmap/key-results/${fed.id}/initiatives`)).json();
    expect(serving.items).toEqual([expect.objectContaining({ id: initiative.id, progress: 50, feeds: true })]);

    const missing = expectProblem(
      await cast.pm.post(`/api/objectives/${objective.id}/key-results`, {
        title: 'Fed by nothing',
        type: 'increase_to',
        baseline: 0,
        target: 100,
        source: { kind: 'initiative', initiativeId: MISSING },
      }),
      400,
    );
    expect(missing.errors?.[0]?.path).toBe('body.source.initiativeId');
  });

  it('refuses other owners and read-only roles, bad ids, missing initiatives and key results, stale versions', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const objective = await createObjective(cast.pm);
    const kr = await createKeyResult(cast.pm, objective.id);
    for (const who of [cast.otherOwner, cast.contributor, cast.viewer])
      expectProblem(await who.put(url(initiative.id), { keyResultIds: [kr.id], version: 1 }), 403, 'FORBIDDEN');

    const unknown = expectProblem(
      await cast.owner.put(url(initiative.id), { keyResultIds: [kr.id, MISSING], version: 1 }),
      400,
    );
    expect(unknown.errors?.[0]?.path).toBe('body.keyResultIds.1');
    const twice = expectProblem(
      await cast.owner.put(url(initiative.id), { keyResultIds: [kr.id, kr.id], version: 1 }),
      400,
    );
    expect(twice.errors?.[0]?.path).toBe('body.keyResultIds');
    expect(
      expectProblem(await cast.owner.put(url(initiative.id), { keyResultIds: 'x' }), 400).errors?.map((e) => e.path),
    ).toEqual(['body.keyResultIds', 'body.version']);
    expect((await cast.viewer.get(url(initiative.id))).json().items).toEqual([]);

    expectProblem(await cast.pm.put(url(MISSING), { keyResultIds: [], version: 1 }), 404, 'NOT_FOUND');
    expectProblem(await cast.viewer.get(url(MISSING)), 404, 'NOT_FOUND');
    expectProblem(await cast.viewer.get(`/api/roadmap/key-results/${MISSING}/initiatives`), 404, 'NOT_FOUND');

    expect((await cast.owner.put(url(initiative.id), { keyResultIds: [kr.id], version: 1 })).statusCode).toBe(200);
    expectProblem(await cast.pm.put(url(initiative.id), { keyResultIds: [], version: 1 }), 409, 'VERSION_CONFLICT');
    expect((await cast.viewer.get(url(initiative.id))).json().items).toHaveLength(1);
  });

  it('keeps the links of a closed period as they were: no new link, no unlink, others still replaceable', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const q1 = await createObjective(cast.pm, { periodKey: 'FY2027-Q1', title: 'Scored last quarter' });
    const kept = await createKeyResult(cast.pm, q1.id, { title: 'Linked before the close' });
    const late = await createKeyResult(cast.pm, q1.id, { title: 'Never linked' });
    const q2 = await createObjective(cast.pm);
    const open = await createKeyResult(cast.pm, q2.id, { title: 'This quarter' });
    const other = await createKeyResult(cast.pm, q2.id, { title: 'Also this quarter' });
    expect((await cast.owner.put(url(initiative.id), { keyResultIds: [kept.id], version: 1 })).statusCode).toBe(200);
    const closed = await cast.pm.post('/api/okr-periods/FY2027-Q1/close', {
      scores: [kept, late].map((kr) => ({ keyResultId: kr.id, version: kr.version, score: 0.5 })),
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const linkedIds = async () =>
      ((await cast.viewer.get(url(initiative.id))).json().items as { id: string }[]).map((k) => k.id);

    const linking = expectProblem(
      await cast.pm.put(url(initiative.id), { keyResultIds: [kept.id, open.id, late.id], version: 2 }),
      409,
      'OKR_PERIOD_CLOSED',
    );
    expect(linking.errors).toEqual([{ path: 'body.keyResultIds.2', message: expect.stringContaining('FY27 Q1') }]);
    for (const keyResultIds of [[open.id], []]) {
      const unlinking = expectProblem(
        await cast.owner.put(url(initiative.id), { keyResultIds, version: 2 }),
        409,
        'OKR_PERIOD_CLOSED',
      );
      expect(unlinking.errors?.[0]?.path).toBe('body.keyResultIds');
      expect(unlinking.errors?.[0]?.message).toContain('Linked before the close');
    }
    expect(await linkedIds()).toEqual([kept.id]);

    const replaced = await cast.owner.put(url(initiative.id), { keyResultIds: [open.id, kept.id], version: 2 });
    expect(replaced.statusCode, replaced.body).toBe(200);
    const again = await cast.owner.put(url(initiative.id), { keyResultIds: [kept.id, other.id], version: 3 });
    expect(again.statusCode, again.body).toBe(200);
    expect((await linkedIds()).sort()).toEqual([kept.id, other.id].sort());

    const reopened = await cast.admin.post('/api/okr-periods/FY2027-Q1/reopen', { version: 1, reason: 'Relink' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    const unlinked = await cast.owner.put(url(initiative.id), { keyResultIds: [late.id], version: 4 });
    expect(unlinked.statusCode, unlinked.body).toBe(200);
    expect(await linkedIds()).toEqual([late.id]);
  });
});
