import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { TODAY_IN_Q2, createKeyResult, createObjective } from './okrs.fixtures.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('objectives on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  it('creates an objective owned by the caller, reads it, edits it with the current version, refuses a stale one', async () => {
    const pm = await t.signIn('program_manager');
    const team = (await pm.post('/api/teams', { name: 'Hate Speech Policy', function: 'policy' })).json();
    const res = await pm.post('/api/objectives', {
      periodKey: 'FY2027-Q2',
      title: 'Make hate speech enforcement consistent across markets',
      description: 'Appeals show **uneven** decisions between markets.',
      teamId: team.id,
    });
    expect(res.statusCode).toBe(201);
    const objective = res.json();
    expect(objective).toMatchObject({
      periodKey: 'FY2027-Q2',
      periodLabel: 'FY27 Q2',
      owner: { id: pm.userId },
      team: { id: team.id, name: 'Hate Speech Policy' },
      parent: null,
      rollupMethod: 'average',
      includeChildren: false,
      progress: null,
      progressFormula: 'no key results yet',
      status: { value: null, source: 'key_results' },
      locked: false,
      version: 1,
      abilities: { update: true, delete: true, addKeyResult: true, checkIn: true },
    });
    expect((await pm.get(`/api/objectives/${objective.id}`)).json().title).toBe(objective.title);

    const edited = await pm.patch(`/api/objectives/${objective.id}`, {
      version: 1,
      title: 'Consistent hate speech enforcement',
      rollupMethod: 'weighted',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      title: 'Consistent hate speech enforcement',
      rollupMethod: 'weighted',
      version: 2,
    });
    expectProblem(
      await pm.patch(`/api/objectives/${objective.id}`, { version: 1, title: 'stale' }),
      409,
      'VERSION_CONFLICT',
    );
    expect((await pm.get(`/api/objectives/${objective.id}`)).json().title).toBe('Consistent hate speech enforcement');
  });

  it('names the field at fault: period, title, owner, team, parent', async () => {
    const pm = await t.signIn('program_manager');
    const bad = expectProblem(
      await pm.post('/api/objectives', { periodKey: 'Q2-2027', title: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.periodKey', 'body.title']);
    const viewer = await t.signIn('viewer');
    expect(
      expectProblem(await pm.post('/api/objectives', { periodKey: 'FY2027', title: 'x', ownerId: MISSING }), 400)
        .errors?.[0]?.path,
    ).toBe('body.ownerId');
    expect(
      expectProblem(await pm.post('/api/objectives', { periodKey: 'FY2027', title: 'x', teamId: MISSING }), 400)
        .errors?.[0]?.path,
    ).toBe('body.teamId');
    expect(
      expectProblem(await pm.post('/api/objectives', { periodKey: 'FY2027', title: 'x', parentId: MISSING }), 400)
        .errors?.[0]?.path,
    ).toBe('body.parentId');
    // A viewer may own an objective a program manager sets (and still may not edit it: viewers read).
    expect(
      (await pm.post('/api/objectives', { periodKey: 'FY2027', title: 'x', ownerId: viewer.userId })).statusCode,
    ).toBe(201);
  });

  it('aligns to the same period or the enclosing year only, and never in a loop', async () => {
    const pm = await t.signIn('program_manager');
    const year = await createObjective(pm, { periodKey: 'FY2027', title: 'Year goal' });
    const q1 = await createObjective(pm, { periodKey: 'FY2027-Q1', title: 'Q1 goal' });
    const q2 = await createObjective(pm, { title: 'Q2 goal', parentId: year.id });
    expect(q2.parent).toEqual({ id: year.id, title: 'Year goal', periodKey: 'FY2027', periodLabel: 'FY27' });

    const wrongPeriod = expectProblem(
      await pm.post('/api/objectives', { periodKey: 'FY2027-Q2', title: 'x', parentId: q1.id }),
      400,
    );
    expect(wrongPeriod.errors).toEqual([
      { path: 'body.parentId', message: 'A FY27 Q2 objective aligns to one in FY27 Q2 or FY27, not FY27 Q1' },
    ]);
    const yearToQuarter = expectProblem(
      await pm.post('/api/objectives', { periodKey: 'FY2027', title: 'x', parentId: q2.id }),
      400,
    );
    expect(yearToQuarter.errors?.[0]?.path).toBe('body.parentId');

    const a = await createObjective(pm, { title: 'A' });
    const b = await createObjective(pm, { title: 'B', parentId: a.id });
    const c = await createObjective(pm, { title: 'C', parentId: b.id });
    const loop = expectProblem(await pm.patch(`/api/objectives/${a.id}`, { version: 1, parentId: c.id }), 400);
    expect(loop.errors).toEqual([
      { path: 'body.parentId', message: 'Aligning here would make a loop: “A” → “C” → “B” → “A”' },
    ]);
    expectProblem(await pm.patch(`/api/objectives/${a.id}`, { version: 1, parentId: a.id }), 400, 'VALIDATION_FAILED');
    expect((await pm.get(`/api/objectives/${a.id}`)).json().parent).toBeNull();
  });

  it('takes a status override only with a reason, and shows what the key results say beside it', async () => {
    const pm = await t.signIn('program_manager');
    const objective = await createObjective(pm);
    const kr = await createKeyResult(pm, objective.id);
    await pm.post(`/api/key-results/${kr.id}/check-ins`, { value: 81, confidence: 'off_track' });

    const noReason = expectProblem(
      await pm.patch(`/api/objectives/${objective.id}`, { version: 1, statusOverride: { status: 'on_track' } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noReason.errors?.map((e) => e.path)).toEqual(['body.statusOverride.reason']);
    const blank = expectProblem(
      await pm.patch(`/api/objectives/${objective.id}`, {
        version: 1,
        statusOverride: { status: 'on_track', reason: '   ' },
      }),
      400,
    );
    expect(blank.errors?.map((e) => e.path)).toEqual(['body.statusOverride.reason']);

    const overridden = (
      await pm.patch(`/api/objectives/${objective.id}`, {
        version: 1,
        statusOverride: { status: 'on_track', reason: 'The vendor fix ships on Monday' },
      })
    ).json();
    expect(overridden.status).toEqual({
      value: 'on_track',
      derived: 'off_track',
      source: 'override',
      reason: 'The vendor fix ships on Monday',
    });
    const cleared = (await pm.patch(`/api/objectives/${objective.id}`, { version: 2, statusOverride: null })).json();
    expect(cleared.status).toMatchObject({ value: 'off_track', source: 'key_results', reason: null });
  });

  it('lets owners edit their own objectives, program managers all, viewers none', async () => {
    const pm = await t.signIn('program_manager');
    const owner = await t.signIn('policy_owner');
    const other = await t.signIn('contributor');
    const viewer = await t.signIn('viewer');
    const mine = await createObjective(owner, { title: 'Owner goal' });
    expect(mine.owner.id).toBe(owner.userId);
    expectProblem(
      await owner.post('/api/objectives', { periodKey: 'FY2027-Q2', title: 'For someone', ownerId: other.userId }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await viewer.post('/api/objectives', { periodKey: 'FY2027-Q2', title: 'x' }), 403, 'FORBIDDEN');

    expect((await other.get(`/api/objectives/${mine.id}`)).json().abilities).toEqual({
      update: false,
      delete: false,
      addKeyResult: false,
      checkIn: false,
    });
    expectProblem(await other.patch(`/api/objectives/${mine.id}`, { version: 1, title: 'x' }), 403, 'FORBIDDEN');
    expectProblem(await viewer.patch(`/api/objectives/${mine.id}`, { version: 1, title: 'x' }), 403, 'FORBIDDEN');
    expectProblem(await other.delete(`/api/objectives/${mine.id}?version=1`), 403, 'FORBIDDEN');
    expectProblem(
      await owner.patch(`/api/objectives/${mine.id}`, { version: 1, ownerId: other.userId }),
      403,
      'FORBIDDEN',
    );
    expect((await owner.patch(`/api/objectives/${mine.id}`, { version: 1, title: 'Renamed' })).statusCode).toBe(200);
    const reassigned = await pm.patch(`/api/objectives/${mine.id}`, { version: 2, ownerId: other.userId });
    expect(reassigned.json().owner.id).toBe(other.userId);
    expect((await other.get(`/api/notifications?unread=true`)).json().items[0]).toMatchObject({ kind: 'assignment' });
  });

  it('answers 404 for an unknown objective, and deletes only without aligned children and with the version', async () => {
    const pm = await t.signIn('program_manager');
    expectProblem(await pm.get(`/api/objectives/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`/api/objectives/${MISSING}`, { version: 1, title: 'x' }), 404, 'NOT_FOUND');
    expectProblem(await pm.delete(`/api/objectives/${MISSING}?version=1`), 404, 'NOT_FOUND');
    expectProblem(await pm.get('/api/objectives/not-a-uuid'), 400, 'VALIDATION_FAILED');

    const parent = await createObjective(pm, { periodKey: 'FY2027', title: 'Parent' });
    const child = await createObjective(pm, { title: 'Child', parentId: parent.id });
    await createKeyResult(pm, child.id);
    expectProblem(await pm.delete(`/api/objectives/${parent.id}?version=1`), 409, 'INVALID_STATE');
    expectProblem(await pm.delete(`/api/objectives/${child.id}?version=2`), 409, 'VERSION_CONFLICT');
    expect((await pm.delete(`/api/objectives/${child.id}?version=1`)).statusCode).toBe(204);
    expectProblem(await pm.get(`/api/objectives/${child.id}`), 404, 'NOT_FOUND');
    expect((await pm.delete(`/api/objectives/${parent.id}?version=1`)).statusCode).toBe(204);
  });

  it('is a collaboration entity: comments with mentions, watching, activity', async () => {
    const pm = await t.signIn('program_manager');
    const viewer = await t.signIn('viewer');
    const objective = await createObjective(pm);
    expect((await pm.get(`/api/watches/objective/${objective.id}`)).json()).toMatchObject({ watching: true });
    const comment = await pm.post('/api/comments', {
      entityType: 'objective',
      entityId: objective.id,
      body: `@[Viewer](mention:${viewer.userId}) can you confirm the Q2 baseline?`,
    });
    expect(comment.statusCode).toBe(201);
    const inbox = (await viewer.get('/api/notifications?unread=true')).json().items;
    expect(inbox[0]).toMatchObject({
      kind: 'mention',
      entity: { type: 'objective', href: `/okrs/objectives/${objective.id}` },
    });
    expect((await viewer.get(`/api/comments?entityType=objective&entityId=${objective.id}`)).json().items).toHaveLength(
      1,
    );
    expect(
      (await viewer.get(`/api/activity?entityType=objective&entityId=${objective.id}`)).json().items.length,
    ).toBeGreaterThan(0);
    expectProblem(await pm.get(`/api/watches/objective/${MISSING}`), 404, 'NOT_FOUND');
  });
});
