import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { MISSING, castOf, createInitiative, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('initiatives on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2027-01-04');
  });
  afterEach(async () => t.close());

  it('creates an initiative from quarter keys, with areas and teams, watched by its owner, audited', async () => {
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Bullying' })).json();
    const team = (await cast.admin.post('/api/teams', { name: 'Bullying policy', function: 'policy' })).json();
    const res = await cast.pm.post('/api/roadmap/initiatives', {
      title: '  Harassment policy refresh ',
      description: 'Rewrite **section 3**.',
      ownerId: cast.owner.userId,
      status: 'planned',
      priority: 'p1',
      effortWeeks: 6.5,
      start: 'FY2027-Q1',
      end: 'FY2027-Q2',
      areaIds: [area.id],
      teamIds: [team.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      title: 'Harassment policy refresh',
      description: 'Rewrite **section 3**.',
      owner: { id: cast.owner.userId },
      status: 'planned',
      priority: 'p1',
      effortWeeks: 6.5,
      start: '2027-01-01',
      end: '2027-06-30',
      startQuarter: 'FY2027-Q1',
      endQuarter: 'FY2027-Q2',
      spanLabel: 'FY27 Q1 – FY27 Q2',
      areas: [{ id: area.id, name: 'Bullying' }],
      teams: [{ id: team.id, name: 'Bullying policy' }],
      progress: { value: 0, derived: 0, source: 'none', override: null },
      updates: { cadence: 'weekly', weekday: 5, due: false, nextDueOn: null, health: null },
      version: 1,
      abilities: { update: true, delete: true, postUpdate: true },
      milestones: [],
      predecessors: [],
      successors: [],
      recentUpdates: [],
      createdBy: { id: cast.pm.userId },
    });
    expect((await cast.owner.get(`/api/watches/initiative/${created.id}`)).json().watching).toBe(true);
    expect((await cast.owner.get('/api/notifications')).json().items[0]).toMatchObject({
      kind: 'assignment',
      entity: { type: 'initiative', id: created.id, href: `/roadmap/initiatives/${created.id}` },
    });
    const audit = (await cast.admin.get('/api/audit-events?action=initiative.created')).json().items[0];
    expect(audit.after).toMatchObject({ title: 'Harassment policy refresh', areaIds: [area.id], priority: 'p1' });
  });

  it('refuses an end before the start, unfit owners and unknown references, naming the field', async () => {
    const fields = async (body: object) =>
      expectProblem(
        await cast.pm.post('/api/roadmap/initiatives', {
          title: 'X',
          ownerId: cast.owner.userId,
          start: '2027-03-01',
          end: '2027-06-30',
          ...body,
        }),
        400,
        'VALIDATION_FAILED',
      ).errors?.map((e) => e.path);
    expect(await fields({ end: '2027-02-28' })).toEqual(['body.end']);
    expect(await fields({ end: 'FY2026-Q4' })).toEqual(['body.end']);
    expect(await fields({ ownerId: cast.viewer.userId })).toEqual(['body.ownerId']);
    expect(await fields({ ownerId: MISSING })).toEqual(['body.ownerId']);
    expect(await fields({ areaIds: [MISSING] })).toEqual(['body.areaIds']);
    expect(await fields({ teamIds: [MISSING] })).toEqual(['body.teamIds']);
    expect(await fields({ policyIds: [MISSING] })).toEqual(['body.policyIds']);
    expect(await fields({ parentId: MISSING })).toEqual(['body.parentId']);
    expect((await fields({ title: ' ', start: 'Q3', status: 'started', priority: 'urgent' }))?.sort()).toEqual([
      'body.priority',
      'body.start',
      'body.status',
      'body.title',
    ]);
    expect((await cast.pm.get('/api/roadmap/initiatives')).json().items).toEqual([]);
  });

  it('keeps creation to program managers and admins, and reads for everyone', async () => {
    const initiative = await createInitiative(cast.admin, { ownerId: cast.owner.userId });
    for (const who of [cast.owner, cast.contributor, cast.xfn, cast.viewer])
      expectProblem(
        await who.post('/api/roadmap/initiatives', {
          title: 'Mine',
          ownerId: cast.owner.userId,
          start: '2027-01-01',
          end: '2027-02-01',
        }),
        403,
        'FORBIDDEN',
      );
    const seen = (await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json();
    expect(seen.abilities).toEqual({ update: false, delete: false, postUpdate: false });
    expectProblem(await cast.viewer.get(`/api/roadmap/initiatives/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await cast.viewer.get('/api/roadmap/initiatives/not-an-id'), 400, 'VALIDATION_FAILED');
  });

  it('lets the owner edit, refuses other policy owners and stale versions, checks milestones against new dates', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const url = `/api/roadmap/initiatives/${initiative.id}`;
    const edited = await cast.owner.patch(url, { version: 1, status: 'in_progress', end: 'FY2027-Q3', priority: 'p0' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, status: 'in_progress', end: '2027-09-30', priority: 'p0' });
    expectProblem(await cast.owner.patch(url, { version: 1, title: 'Stale' }), 409, 'VERSION_CONFLICT');
    for (const who of [cast.otherOwner, cast.contributor, cast.xfn, cast.viewer])
      expectProblem(await who.patch(url, { version: 2, title: 'Not yours' }), 403, 'FORBIDDEN');
    expectProblem(
      await cast.pm.patch(`/api/roadmap/initiatives/${MISSING}`, { version: 1, title: 'x' }),
      404,
      'NOT_FOUND',
    );

    await cast.owner.post(`${url}/milestones`, {
      title: 'Legal sign-off',
      date: '2027-08-15',
      kind: 'regulatory_deadline',
    });
    const early = expectProblem(
      await cast.owner.patch(url, { version: 2, end: '2027-07-31' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(early.errors).toEqual([{ path: 'body.end', message: expect.stringContaining('Legal sign-off') }]);
    expect(expectProblem(await cast.owner.patch(url, { version: 2, start: '2027-09-01' }), 400).errors?.[0]?.path).toBe(
      'body.start',
    );
    expect(expectProblem(await cast.owner.patch(url, { version: 2, start: '2027-10-01' }), 400).errors?.[0]?.path).toBe(
      'body.end',
    );

    // Handing it to another policy owner: they may edit it now, the first owner no longer.
    const handed = await cast.owner.patch(url, { version: 2, ownerId: cast.otherOwner.userId });
    expect(handed.json()).toMatchObject({ owner: { id: cast.otherOwner.userId }, abilities: { update: false } });
    expect((await cast.otherOwner.patch(url, { version: 3, title: 'Renamed by the new owner' })).statusCode).toBe(200);
    expectProblem(await cast.owner.patch(url, { version: 4, title: 'Not mine any more' }), 403, 'FORBIDDEN');
  });

  it('overrides progress only with a reason, shown as an override, and removes it', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId });
    const url = `/api/roadmap/initiatives/${initiative.id}`;
    const noReason = expectProblem(
      await cast.owner.patch(url, { version: 1, progressOverride: { value: 40, reason: ' ' } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noReason.errors?.map((e) => e.path)).toEqual(['body.progressOverride.reason']);
    expect(
      expectProblem(await cast.owner.patch(url, { version: 1, progressOverride: { value: 140, reason: 'x' } }), 400)
        .errors?.[0]?.path,
    ).toBe('body.progressOverride.value');
    const overridden = (
      await cast.owner.patch(url, { version: 1, progressOverride: { value: 40, reason: 'Drafting is half done' } })
    ).json();
    expect(overridden.progress).toMatchObject({
      value: 40,
      derived: 0,
      override: { value: 40, reason: 'Drafting is half done', by: { id: cast.owner.userId } },
    });
    const cleared = (await cast.owner.patch(url, { version: 2, progressOverride: null })).json();
    expect(cleared.progress).toMatchObject({ value: 0, override: null });
  });

  it('nests initiatives, derives the parent from its children and refuses loops and deleting parents', async () => {
    const parent = await createInitiative(cast.pm, { ownerId: cast.owner.userId, title: 'Minor safety programme' });
    const child = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Age assurance',
      parentId: parent.id,
      effortWeeks: 3,
    });
    const other = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Grooming signals',
      parentId: parent.id,
      effortWeeks: 1,
    });
    await cast.pm.patch(`/api/roadmap/initiatives/${other.id}`, { version: 1, status: 'done' });
    const read = (await cast.pm.get(`/api/roadmap/initiatives/${parent.id}`)).json();
    // Weighted by effort: (0 x 3 + 100 x 1) / 4 = 25%.
    expect(read.progress).toMatchObject({ value: 25, source: 'children' });
    expect(read.children.map((c: { title: string; progress: number }) => [c.title, c.progress])).toEqual([
      ['Age assurance', 0],
      ['Grooming signals', 100],
    ]);
    const loop = expectProblem(
      await cast.pm.patch(`/api/roadmap/initiatives/${parent.id}`, { version: 1, parentId: child.id }),
      400,
      'VALIDATION_FAILED',
    );
    expect(loop.errors?.[0]).toMatchObject({
      path: 'body.parentId',
      message: expect.stringContaining('“Age assurance”'),
    });
    expectProblem(await cast.pm.delete(`/api/roadmap/initiatives/${parent.id}?version=1`), 409, 'INVALID_STATE');
    expectProblem(await cast.owner.delete(`/api/roadmap/initiatives/${other.id}?version=2`), 403, 'FORBIDDEN');
    expectProblem(await cast.pm.delete(`/api/roadmap/initiatives/${other.id}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await cast.pm.delete(`/api/roadmap/initiatives/${other.id}?version=2`)).statusCode).toBe(204);
    expectProblem(await cast.pm.get(`/api/roadmap/initiatives/${other.id}`), 404, 'NOT_FOUND');
    expect((await cast.pm.get(`/api/roadmap/initiatives/${parent.id}`)).json().progress.value).toBe(0);
    expectProblem(await cast.pm.delete(`/api/roadmap/initiatives/${MISSING}?version=1`), 404, 'NOT_FOUND');
  });
});
