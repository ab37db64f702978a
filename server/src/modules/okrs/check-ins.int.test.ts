import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { TODAY_IN_Q2, checkIn, createKeyResult, createObjective } from './okrs.fixtures.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('check-ins on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  it('keeps a history; the latest check-in by date gives the current value, confidence and progress', async () => {
    const owner = await t.signIn('policy_owner');
    t.clock.setToday('2027-04-12');
    const objective = await createObjective(owner);
    const kr = await createKeyResult(owner, objective.id, {
      title: 'Cut the appeal overturn rate',
      type: 'decrease_to',
      unit: '%',
      baseline: 12,
      target: 8,
    });
    await checkIn(owner, kr.id, { value: 11.5, confidence: 'off_track', date: '2027-04-10' });
    t.clock.setToday('2027-04-20');
    await checkIn(owner, kr.id, { value: 11, confidence: 'on_track', comment: 'First **week**' });
    t.clock.setToday('2027-05-03');
    const third = await checkIn(owner, kr.id, { value: 10, confidence: 'at_risk' });
    expect(third).toMatchObject({
      currentValue: 10,
      progress: 50,
      progressExplanation: '(10% − 12%) / (8% − 12%) = 50%',
      confidence: 'at_risk',
      lastCheckInDate: '2027-05-03',
      lastCheckInAgeDays: 0,
      checkInDue: false,
    });

    t.clock.setToday(TODAY_IN_Q2);
    const week = (await owner.get(`/api/objectives/${objective.id}`)).json().keyResults[0];
    expect(week).toMatchObject({ lastCheckInAgeDays: 7, checkInDue: true });
    // Backdated: joins the history in date order without becoming the latest.
    const backdated = await checkIn(owner, kr.id, { value: 11.2, confidence: 'off_track', date: '2027-04-15' });
    expect(backdated).toMatchObject({ currentValue: 10, confidence: 'at_risk', checkInDue: true });
    expect(backdated.trend).toEqual([
      { date: '2027-04-10', value: 11.5, confidence: 'off_track', progress: 12.5 },
      { date: '2027-04-15', value: 11.2, confidence: 'off_track', progress: 20 },
      { date: '2027-04-20', value: 11, confidence: 'on_track', progress: 25 },
      { date: '2027-05-03', value: 10, confidence: 'at_risk', progress: 50 },
    ]);
    expect(backdated.checkIns.map((c) => c.date)).toEqual(['2027-05-03', '2027-04-20', '2027-04-15', '2027-04-10']);
    expect(backdated.checkIns[1]).toMatchObject({ comment: 'First **week**', author: { id: owner.userId } });

    const today = await checkIn(owner, kr.id, { value: 9, confidence: 'on_track' });
    expect(today).toMatchObject({
      lastCheckInDate: TODAY_IN_Q2,
      lastCheckInAgeDays: 0,
      checkInDue: false,
      progress: 75,
    });
    const objectiveNow = (await owner.get(`/api/objectives/${objective.id}`)).json();
    expect(objectiveNow.status).toMatchObject({ value: 'on_track', source: 'key_results' });
  });

  it('validates value for the type, confidence and date, naming the field', async () => {
    const owner = await t.signIn('policy_owner');
    const objective = await createObjective(owner);
    const milestone = await createKeyResult(owner, objective.id, { type: 'milestone', title: 'Launch' });
    const post = (body: object) =>
      owner.post(`/api/key-results/${milestone.id}/check-ins`, { confidence: 'on_track', ...body });
    expect(expectProblem(await post({ value: 0.5 }), 400).errors).toEqual([
      { path: 'body.value', message: 'Use 1 (reached) or 0 (not yet)' },
    ]);
    expect(expectProblem(await post({ value: 1, date: '2027-05-11' }), 400).errors?.[0]).toEqual({
      path: 'body.date',
      message: 'A check-in cannot be dated in the future',
    });
    expect(expectProblem(await post({ value: 1, date: '2027-03-31' }), 400).errors?.[0]).toEqual({
      path: 'body.date',
      message: 'FY27 Q2 starts on 2027-04-01: date the check-in within it',
    });
    const shape = expectProblem(
      await owner.post(`/api/key-results/${milestone.id}/check-ins`, { value: 'done', confidence: 'great' }),
      400,
    );
    expect(shape.errors?.map((e) => e.path).sort()).toEqual(['body.confidence', 'body.value']);
    const done = await checkIn(owner, milestone.id, { value: 1 });
    expect(done).toMatchObject({ progress: 100, progressExplanation: 'reached' });
  });

  it("records the check-in in the objective's activity and tells its watchers", async () => {
    const owner = await t.signIn('policy_owner');
    const watcher = await t.signIn('viewer');
    const objective = await createObjective(owner, { title: 'Faster appeals' });
    const kr = await createKeyResult(owner, objective.id, {
      title: 'Overturn rate',
      type: 'decrease_to',
      unit: '%',
      baseline: 12,
      target: 8,
    });
    expect((await watcher.put(`/api/watches/objective/${objective.id}`)).statusCode).toBe(200);
    await checkIn(owner, kr.id, { value: 10, confidence: 'at_risk', comment: 'The **APAC** backlog grew' });
    const activity = (await watcher.get(`/api/activity?entityType=objective&entityId=${objective.id}`)).json().items;
    expect(activity[0]).toMatchObject({ event: 'key_result.checked_in' });
    expect(JSON.stringify(activity[0])).toContain('Overturn rate');
    const inbox = (await watcher.get('/api/notifications?unread=true')).json().items;
    expect(inbox[0]).toMatchObject({ kind: 'change', entity: { type: 'objective', id: objective.id } });
    expect(inbox[0].summary).toBe('“Overturn rate”: 10%, at risk — The APAC backlog grew');
  });

  it('answers 404 for an unknown key result and 403 for anyone but the owner and managers', async () => {
    const owner = await t.signIn('contributor');
    const pm = await t.signIn('program_manager');
    const objective = await createObjective(owner);
    const kr = await createKeyResult(owner, objective.id);
    expectProblem(await owner.post(`/api/key-results/${MISSING}/check-ins`, { value: 1, confidence: 'on_track' }), 404);
    for (const role of ['viewer', 'policy_owner', 'xfn_reviewer'] as const) {
      const someone = await t.signIn(role);
      expectProblem(
        await someone.post(`/api/key-results/${kr.id}/check-ins`, { value: 85, confidence: 'on_track' }),
        403,
        'FORBIDDEN',
      );
    }
    expect((await checkIn(pm, kr.id, { value: 85 })).checkIns[0]?.author?.id).toBe(pm.userId);
  });
});
