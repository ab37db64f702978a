import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { TODAY_IN_Q2, createKeyResult, createObjective } from './okrs.fixtures.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('key results on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  it('adds key results of every type, with the right defaults and a progress rule each', async () => {
    const pm = await t.signIn('program_manager');
    const objective = await createObjective(pm);
    const decrease = await createKeyResult(pm, objective.id, {
      title: 'Cut the appeal overturn rate',
      type: 'decrease_to',
      unit: '%',
      baseline: 12,
      target: 8,
      weight: 2,
    });
    expect(decrease).toMatchObject({
      type: 'decrease_to',
      baseline: 12,
      target: 8,
      weight: 2,
      source: { kind: 'manual' },
      position: 0,
      currentValue: null,
      progress: 0,
      progressExplanation: 'no check-in yet: at the baseline, 0%',
      confidence: null,
      checkInDue: false,
      trend: [],
      checkIns: [],
      version: 1,
      abilities: { update: true, delete: true, checkIn: true },
    });
    const floor = await createKeyResult(pm, objective.id, {
      title: 'Keep QA accuracy at or above 90%',
      type: 'stay_at_or_above',
      baseline: 93,
      target: 90,
    });
    expect(floor).toMatchObject({ progress: 100, progressExplanation: 'no check-in yet: baseline 93% ≥ 90%: holding' });
    const milestone = await createKeyResult(pm, objective.id, {
      title: 'Launch the revised policy',
      type: 'milestone',
      unit: 'x',
      baseline: undefined,
      target: undefined,
    });
    expect(milestone).toMatchObject({ baseline: 0, target: 1, unit: '', progress: 0, position: 2 });
    const yesNo = await createKeyResult(pm, objective.id, {
      title: 'Legal sign-off obtained',
      type: 'yes_no',
      baseline: undefined,
      target: undefined,
    });
    expect(yesNo.progressExplanation).toBe('no');
    await createKeyResult(pm, objective.id, {
      type: 'stay_at_or_below',
      title: 'Keep time to action under 24 h',
      unit: 'h',
      baseline: 20,
      target: 24,
    });

    const read = (await pm.get(`/api/objectives/${objective.id}`)).json();
    expect(read.keyResults.map((kr: { type: string }) => kr.type)).toEqual([
      'decrease_to',
      'stay_at_or_above',
      'milestone',
      'yes_no',
      'stay_at_or_below',
    ]);
    expect(read.progressFormula).toBe('average of 5 key results: (0% + 100% + 0% + 0% + 100%) / 5 = 40.0%');
  });

  it('refuses a target equal to the baseline naming body.target, and other bad ranges by field', async () => {
    const pm = await t.signIn('program_manager');
    const objective = await createObjective(pm);
    const post = (body: object) =>
      pm.post(`/api/objectives/${objective.id}/key-results`, { title: 'x', type: 'increase_to', ...body });
    const equal = expectProblem(await post({ baseline: 5, target: 5 }), 400, 'VALIDATION_FAILED');
    expect(equal.errors).toEqual([
      {
        path: 'body.target',
        message: 'The target must differ from the baseline (5): there would be nothing to increase',
      },
    ]);
    expect(expectProblem(await post({ type: 'decrease_to', baseline: 8, target: 8 }), 400).errors?.[0]?.path).toBe(
      'body.target',
    );
    expect(expectProblem(await post({ baseline: 10, target: 2 }), 400).errors?.[0]?.message).toBe(
      'An increase-to target must be above the baseline (10)',
    );
    expect(expectProblem(await post({}), 400).errors?.map((e) => e.path)).toEqual(['body.baseline', 'body.target']);
    expect(expectProblem(await post({ type: 'yes_no', target: 3 }), 400).errors?.[0]?.path).toBe('body.target');
    const fields = expectProblem(
      await pm.post(`/api/objectives/${objective.id}/key-results`, { title: '', type: 'grow', weight: 0 }),
      400,
    );
    expect(fields.errors?.map((e) => e.path).sort()).toEqual(['body.title', 'body.type', 'body.weight']);
    // The roadmap feeds key results from initiatives: one that does not exist is refused.
    const fed = expectProblem(
      await post({ baseline: 0, target: 100, source: { kind: 'initiative', initiativeId: MISSING } }),
      400,
    );
    expect(fed.errors?.[0]?.path).toBe('body.source.initiativeId');
    expect((await pm.get(`/api/objectives/${objective.id}`)).json().keyResults).toEqual([]);
  });

  it('edits with the current version (the type stays), refuses a stale one, deletes', async () => {
    const pm = await t.signIn('program_manager');
    const objective = await createObjective(pm);
    const kr = await createKeyResult(pm, objective.id);
    const edited = await pm.patch(`/api/key-results/${kr.id}`, {
      version: 1,
      target: 95,
      title: 'Raise QA accuracy to 95%',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ target: 95, baseline: 80, version: 2, title: 'Raise QA accuracy to 95%' });
    expectProblem(await pm.patch(`/api/key-results/${kr.id}`, { version: 1, weight: 3 }), 409, 'VERSION_CONFLICT');
    expect(
      expectProblem(await pm.patch(`/api/key-results/${kr.id}`, { version: 2, target: 80 }), 400).errors?.[0]?.path,
    ).toBe('body.target');
    expectProblem(await pm.delete(`/api/key-results/${kr.id}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await pm.delete(`/api/key-results/${kr.id}?version=2`)).statusCode).toBe(204);
    expectProblem(await pm.patch(`/api/key-results/${kr.id}`, { version: 3, title: 'x' }), 404, 'NOT_FOUND');
  });

  it('answers 404 for unknown records and 403 for people who may not change the objective', async () => {
    const owner = await t.signIn('contributor');
    const other = await t.signIn('xfn_reviewer');
    const viewer = await t.signIn('viewer');
    const objective = await createObjective(owner);
    const kr = await createKeyResult(owner, objective.id);
    const body = { title: 'x', type: 'yes_no' };
    expectProblem(await owner.post(`/api/objectives/${MISSING}/key-results`, body), 404, 'NOT_FOUND');
    expectProblem(await owner.delete(`/api/key-results/${MISSING}?version=1`), 404, 'NOT_FOUND');
    for (const someone of [other, viewer]) {
      expectProblem(await someone.post(`/api/objectives/${objective.id}/key-results`, body), 403, 'FORBIDDEN');
      expectProblem(await someone.patch(`/api/key-results/${kr.id}`, { version: 1, title: 'x' }), 403, 'FORBIDDEN');
      expectProblem(await someone.delete(`/api/key-results/${kr.id}?version=1`), 403, 'FORBIDDEN');
    }
    expect((await other.get(`/api/objectives/${objective.id}`)).json().keyResults[0].abilities).toEqual({
      update: false,
      delete: false,
      checkIn: false,
    });
  });
});
