import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp } from '../../test/test-app.js';
import { addMilestone, castOf, createInitiative, type Json, type RoadmapCast } from '../roadmap/roadmap-test-kit.js';
import { TODAY_IN_Q2, createKeyResult, createObjective } from './okrs.fixtures.js';

// A key result fed by an initiative is scored at close on the value it had then; the initiative
// goes on moving afterwards, and the closed quarter must not move with it.
describe.each(DIALECTS)('fed key results of a closed period on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday(TODAY_IN_Q2);
  });
  afterEach(async () => t.close());

  const Q2 = '/api/okr-periods/FY2027-Q2';
  const markDone = async (milestone: Json, version: number, done: boolean) => {
    const res = await cast.owner.patch(`/api/roadmap/milestones/${milestone.id}`, { version, done });
    expect(res.statusCode, res.body).toBe(200);
  };
  const fedKeyResultAsShown = async (objectiveId: string, keyResultId: string) => {
    const objective = (await cast.viewer.get(`/api/objectives/${objectiveId}`)).json() as Json;
    const fromObjective = (objective.keyResults as Json[]).find((k) => k.id === keyResultId)!;
    const { currentValue, progress, version } = fromObjective;
    return { currentValue, progress, version: version as number, objective };
  };

  it('freezes the fed value at close, keeps it while closed, and feeds live again once reopened', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Age assurance' });
    const draft = await addMilestone(cast.owner, initiative.id, { title: 'Draft', date: '2027-04-15' });
    const launch = await addMilestone(cast.owner, initiative.id, { title: 'Launch', date: '2027-06-15' });
    const objective = await createObjective(cast.pm, { title: 'Protect minors' });
    const fed = await createKeyResult(cast.pm, objective.id, {
      title: 'Age-assurance guidance shipped',
      unit: '%',
      baseline: 0,
      target: 100,
      source: { kind: 'initiative', initiativeId: initiative.id },
    });
    await markDone(draft, 1, true);
    expect(await fedKeyResultAsShown(objective.id, fed.id)).toMatchObject({ currentValue: 50, progress: 50 });

    const { version } = await fedKeyResultAsShown(objective.id, fed.id);
    const closed = await cast.pm.post(`${Q2}/close`, { scores: [{ keyResultId: fed.id, version, score: 0.5 }] });
    expect(closed.statusCode, closed.body).toBe(200);

    // The initiative finishes after the quarter was scored: the closed key result stays at 50.
    await markDone(launch, 1, true);
    const frozen = await fedKeyResultAsShown(objective.id, fed.id);
    expect(frozen).toMatchObject({ currentValue: 50, progress: 50 });
    expect(frozen.objective).toMatchObject({ locked: true, progress: 50, score: 0.5 });
    const fromInitiative = (await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}/key-results`)).json();
    expect(fromInitiative.items).toEqual([expect.objectContaining({ id: fed.id, progress: 50, fedByThis: true })]);
    const board = await cast.viewer.get('/api/okrs?period=FY2027-Q2');
    expect(board.statusCode, board.body).toBe(200);
    expect(board.body).toContain('"currentValue":50');
    expect(board.body).not.toContain('"currentValue":100');

    const reopened = await cast.admin.post(`${Q2}/reopen`, { version: 1, reason: 'Launch landed before the cut-off' });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await fedKeyResultAsShown(objective.id, fed.id)).toMatchObject({ currentValue: 100, progress: 100 });

    // Closing again freezes the value of that moment, whatever the initiative does next.
    const again = (await fedKeyResultAsShown(objective.id, fed.id)).version;
    const reclosed = await cast.pm.post(`${Q2}/close`, { scores: [{ keyResultId: fed.id, version: again, score: 1 }] });
    expect(reclosed.statusCode, reclosed.body).toBe(200);
    await markDone(launch, 2, false);
    expect(await fedKeyResultAsShown(objective.id, fed.id)).toMatchObject({ currentValue: 100, progress: 100 });
  });
});
