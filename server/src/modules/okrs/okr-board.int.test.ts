import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { TODAY_IN_Q2, checkIn, createKeyResult, createObjective } from './okrs.fixtures.js';

describe.each(DIALECTS)('OKR board on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday('2027-04-05');
  });
  afterEach(async () => t.close());

  it('rolls key results up to objectives and through aligned objectives to the year, with formulas', async () => {
    const pm = await t.signIn('program_manager');
    const owner = await t.signIn('policy_owner');
    const team = (await pm.post('/api/teams', { name: 'Minor Safety Policy', function: 'policy' })).json();
    // Year: weighted, includes its quarter objectives. Q2 child: average of 2 key results.
    const year = await createObjective(pm, {
      periodKey: 'FY2027',
      title: 'Protect minors across every surface',
      rollupMethod: 'weighted',
      includeChildren: true,
    });
    const yearKr = await createKeyResult(pm, year.id, {
      title: 'Age assurance in 5 markets',
      baseline: 0,
      target: 5,
      unit: '',
      weight: 3,
    });
    const child = await createObjective(pm, {
      title: 'Tighten live-stream rules for teens',
      parentId: year.id,
      ownerId: owner.userId,
      teamId: team.id,
    });
    const a = await createKeyResult(owner, child.id, { title: 'Reviewed streams', baseline: 0, target: 200, unit: '' });
    const b = await createKeyResult(owner, child.id, { title: 'Publish the teen live policy', type: 'milestone' });
    const other = await createObjective(pm, { title: 'Refresh the DSA statement-of-reasons mapping' });
    await createKeyResult(pm, other.id, { title: 'Categories mapped', baseline: 0, target: 10, unit: '' });

    t.clock.setToday(TODAY_IN_Q2);
    await checkIn(pm, yearKr.id, { value: 3, confidence: 'on_track' }); // 60%
    await checkIn(owner, a.id, { value: 50, confidence: 'at_risk' }); // 25%
    await checkIn(owner, b.id, { value: 1, confidence: 'on_track' }); // 100%

    const q2 = (await pm.get('/api/okrs?period=FY2027-Q2')).json();
    expect(q2.period).toMatchObject({ key: 'FY2027-Q2', label: 'FY27 Q2', state: 'open', objectiveCount: 2 });
    expect(q2.today).toBe(TODAY_IN_Q2);
    const childOnBoard = q2.objectives.find((o: { id: string }) => o.id === child.id);
    expect(childOnBoard).toMatchObject({
      progress: 62.5,
      progressFormula: 'average of 2 key results: (25% + 100%) / 2 = 62.5%',
      status: { value: 'at_risk', source: 'key_results' },
      parent: { id: year.id, periodLabel: 'FY27' },
    });
    expect(childOnBoard.keyResults[0]).not.toHaveProperty('checkIns');
    expect(q2.context).toEqual([
      { id: year.id, title: 'Protect minors across every surface', periodKey: 'FY2027', periodLabel: 'FY27' },
    ]);
    // The unchecked key result was created before the quarter started: a week into it, its check-in is due.
    expect(q2.summary).toMatchObject({ objectives: 2, keyResults: 3, checkInsDue: 1 });
    expect(q2.summary.byStatus).toEqual({ on_track: 0, at_risk: 1, off_track: 0, none: 1 });

    const fy = (await pm.get('/api/okrs?period=FY2027')).json();
    expect(fy.objectives.map((o: { id: string }) => o.id)).toEqual([year.id, child.id, other.id]);
    expect(fy.objectives[0]).toMatchObject({
      // (3 × 60 + 1 × 62.5) / (3 + 1) = 60.625 → 60.6
      progress: 60.6,
      progressFormula:
        'weighted by key-result weights, aligned objectives weigh 1: (3 × 60% + 1 × 62.5%) / (3 + 1) = 60.6%',
      childCount: 1,
    });
    expect(fy.context).toEqual([]);

    const mine = (await owner.get('/api/okrs?period=FY2027-Q2&mine=true')).json();
    expect(mine.objectives.map((o: { id: string }) => o.id)).toEqual([child.id]);
    const byTeam = (await pm.get(`/api/okrs?period=FY2027&teamId=${team.id}`)).json();
    expect(byTeam.objectives.map((o: { id: string }) => o.id)).toEqual([child.id]);
    // No period: the current quarter.
    expect((await owner.get('/api/okrs')).json().period.key).toBe('FY2027-Q2');
  });

  it('validates the query, and keeps OKRs readable by every role', async () => {
    const viewer = await t.signIn('viewer');
    expect(expectProblem(await viewer.get('/api/okrs?period=2027Q2'), 400).errors?.[0]?.path).toBe(
      'querystring.period',
    );
    expect(expectProblem(await viewer.get('/api/okrs?teamId=x'), 400).errors?.[0]?.path).toBe('querystring.teamId');
    const empty = (await viewer.get('/api/okrs?period=FY2026-Q4')).json();
    expect(empty).toMatchObject({ objectives: [], summary: { objectives: 0, progress: null } });
    expectProblem(await t.anonymous.get('/api/okrs'), 401, 'UNAUTHENTICATED');
  });
});
