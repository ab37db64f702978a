import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { TODAY_IN_Q2, checkIn, createKeyResult, createObjective } from './okrs.fixtures.js';

describe.each(DIALECTS)('OKR periods on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  /** An objective with two key results in FY2027-Q2, checked in once each. */
  async function quarter(pm: TestClient) {
    const objective = await createObjective(pm, { title: 'Faster, consistent appeals' });
    const a = await createKeyResult(pm, objective.id, {
      title: 'Cut overturns',
      type: 'decrease_to',
      baseline: 12,
      target: 8,
    });
    const b = await createKeyResult(pm, objective.id, { title: 'Ship the appeals guide', type: 'milestone' });
    await checkIn(pm, a.id, { value: 10 });
    await checkIn(pm, b.id, { value: 1 });
    return { objective, a, b };
  }

  it('lists last, this and next fiscal year with their quarters, marking the current one', async () => {
    const viewer = await t.signIn('viewer');
    const list = (await viewer.get('/api/okr-periods')).json();
    expect(list.startMonth).toBe(1);
    expect(list.currentKey).toBe('FY2027-Q2');
    expect(list.items.map((p: { key: string }) => p.key)).toEqual([
      'FY2026',
      'FY2026-Q1',
      'FY2026-Q2',
      'FY2026-Q3',
      'FY2026-Q4',
      'FY2027',
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
      'FY2027-Q4',
      'FY2028',
      'FY2028-Q1',
      'FY2028-Q2',
      'FY2028-Q3',
      'FY2028-Q4',
    ]);
    const current = list.items.find((p: { key: string }) => p.key === 'FY2027-Q2');
    expect(current).toMatchObject({
      label: 'FY27 Q2',
      kind: 'quarter',
      start: '2027-04-01',
      end: '2027-06-30',
      current: true,
      state: 'open',
      version: 0,
      abilities: { close: false, reopen: false },
    });
  });

  it('closes a quarter with a score and comment per key result, rolls the scores up, then locks it', async () => {
    const pm = await t.signIn('program_manager');
    const { objective, a, b } = await quarter(pm);
    const res = await pm.post('/api/okr-periods/FY2027-Q2/close', {
      scores: [
        { keyResultId: a.id, version: a.version, score: 0.5, comment: 'Half way: the vendor backlog' },
        { keyResultId: b.id, version: b.version, score: 1 },
      ],
      comment: 'A good quarter for appeals.',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      key: 'FY2027-Q2',
      state: 'closed',
      closedBy: { id: pm.userId },
      closeComment: 'A good quarter for appeals.',
      objectiveCount: 1,
      version: 1,
      abilities: { close: false, reopen: false },
    });
    const closed = (await pm.get(`/api/objectives/${objective.id}`)).json();
    expect(closed).toMatchObject({
      locked: true,
      score: 0.75,
      scoreFormula: 'average of 2 key-result scores: (0.5 + 1.0) / 2 = 0.75',
      abilities: { update: false, delete: false, addKeyResult: false, checkIn: false },
    });
    expect(closed.keyResults[0]).toMatchObject({
      score: 0.5,
      scoreComment: 'Half way: the vendor backlog',
      checkInDue: false,
    });

    // Locked: no edits, no check-ins, no new objectives or key results, no second close.
    const locked = (res: Awaited<ReturnType<TestClient['get']>>) => expectProblem(res, 409, 'OKR_PERIOD_CLOSED');
    locked(await pm.post(`/api/key-results/${a.id}/check-ins`, { value: 9, confidence: 'on_track' }));
    locked(await pm.patch(`/api/objectives/${objective.id}`, { version: objective.version, title: 'x' }));
    locked(await pm.patch(`/api/key-results/${a.id}`, { version: 2, title: 'x' }));
    locked(await pm.delete(`/api/key-results/${a.id}?version=2`));
    locked(await pm.delete(`/api/objectives/${objective.id}?version=1`));
    locked(await pm.post(`/api/objectives/${objective.id}/key-results`, { title: 'x', type: 'yes_no' }));
    locked(await pm.post('/api/objectives', { periodKey: 'FY2027-Q2', title: 'Late' }));
    locked(await pm.post('/api/okr-periods/FY2027-Q2/close', { scores: [] }));
    const detail = locked(await pm.post(`/api/key-results/${b.id}/check-ins`, { value: 1, confidence: 'on_track' }));
    expect(detail.detail).toContain('FY27 Q2 is closed');
    // The next quarter is still open.
    expect((await createObjective(pm, { periodKey: 'FY2027-Q3', title: 'Next' })).locked).toBe(false);
  });

  it('wants a score for every key result of the period, in range, for the version read', async () => {
    const pm = await t.signIn('program_manager');
    const { a, b } = await quarter(pm);
    const other = await createObjective(pm, { periodKey: 'FY2027-Q3' });
    const elsewhere = await createKeyResult(pm, other.id);
    const close = (scores: object[]) => pm.post('/api/okr-periods/FY2027-Q2/close', { scores });
    expect(expectProblem(await close([{ keyResultId: a.id, version: 2, score: 0.5 }]), 400).errors).toEqual([
      { path: 'body.scores', message: 'Score every key result of FY27 Q2: 1 missing (“Ship the appeals guide”)' },
    ]);
    expect(
      expectProblem(await close([{ keyResultId: a.id, version: 1, score: 1.5 }]), 400).errors?.map((e) => e.path),
    ).toEqual(['body.scores.0.score']);
    expect(
      expectProblem(
        await close([
          { keyResultId: a.id, version: 1, score: 0.5 },
          { keyResultId: elsewhere.id, version: 1, score: 0.5 },
        ]),
        400,
      ).errors?.[0]?.path,
    ).toBe('body.scores.1.keyResultId');
    await pm.patch(`/api/key-results/${b.id}`, { version: 1, title: 'Publish the appeals guide' });
    expectProblem(
      await close([
        { keyResultId: a.id, version: 1, score: 0.5 },
        { keyResultId: b.id, version: 1, score: 1 },
      ]),
      409,
      'VERSION_CONFLICT',
    );
    expect(
      (await pm.get('/api/okr-periods')).json().items.find((p: { key: string }) => p.key === 'FY2027-Q2').state,
    ).toBe('open');
    expectProblem(await pm.post('/api/okr-periods/Q2/close', { scores: [] }), 400, 'VALIDATION_FAILED');
  });

  it('keeps closing to program managers and admins, and reopening to admins with a reason', async () => {
    const pm = await t.signIn('program_manager');
    const admin = await t.signIn('admin');
    const { objective, a, b } = await quarter(pm);
    for (const role of ['policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const someone = await t.signIn(role);
      expectProblem(await someone.post('/api/okr-periods/FY2027-Q2/close', { scores: [] }), 403, 'FORBIDDEN');
    }
    expectProblem(
      await admin.post('/api/okr-periods/FY2027-Q2/reopen', { version: 1, reason: 'x' }),
      409,
      'INVALID_STATE',
    );
    await pm.post('/api/okr-periods/FY2027-Q2/close', {
      scores: [
        { keyResultId: a.id, version: 1, score: 0.4 },
        { keyResultId: b.id, version: 1, score: 1 },
      ],
    });
    expectProblem(await pm.post('/api/okr-periods/FY2027-Q2/reopen', { version: 1, reason: 'Typo' }), 403, 'FORBIDDEN');
    expect(
      expectProblem(await admin.post('/api/okr-periods/FY2027-Q2/reopen', { version: 1, reason: '' }), 400).errors?.[0]
        ?.path,
    ).toBe('body.reason');
    expectProblem(
      await admin.post('/api/okr-periods/FY2027-Q2/reopen', { version: 2, reason: 'Wrong score' }),
      409,
      'VERSION_CONFLICT',
    );
    const reopened = (
      await admin.post('/api/okr-periods/FY2027-Q2/reopen', {
        version: 1,
        reason: 'A score was entered for the wrong key result',
      })
    ).json();
    expect(reopened).toMatchObject({
      state: 'open',
      reopenedBy: { id: admin.userId },
      reopenReason: 'A score was entered for the wrong key result',
      version: 2,
    });
    // Open again: edits work, and the scores stay until the next close replaces them.
    const after = (await pm.patch(`/api/objectives/${objective.id}`, { version: 1, title: 'Reopened' })).json();
    expect(after).toMatchObject({ locked: false, score: 0.7 });
    const events = (await admin.get('/api/audit-events?limit=5')).json().items;
    expect(events.map((e: { action: string }) => e.action)).toContain('okr_period.reopened');
    // Closing again bumps the version again.
    const again = await pm.post('/api/okr-periods/FY2027-Q2/close', {
      scores: [
        { keyResultId: a.id, version: 2, score: 0.5 },
        { keyResultId: b.id, version: 2, score: 1 },
      ],
    });
    expect(again.json()).toMatchObject({
      state: 'closed',
      version: 3,
      reopenReason: 'A score was entered for the wrong key result',
    });
  });
});
