import {
  RoadmapYearDependencySchema,
  RoadmapYearInitiativeSchema,
  RoadmapYearMilestoneSchema,
  RoadmapYearSchema,
  RoadmapYearWireSchema,
  decodeRoadmapYear,
  encodeRoadmapYear,
} from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { addMilestone, castOf, createInitiative, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('a fiscal year of the roadmap on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2026-09-01');
    await cast.admin.put('/api/roadmap/settings', { version: 1, fiscalYearStartMonth: 7 });
  });
  afterEach(async () => t.close());

  it('returns the initiatives overlapping the year with their milestones and the dependencies between them', async () => {
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Violent Extremism' })).json();
    const team = (await cast.admin.post('/api/teams', { name: 'VE policy', function: 'policy' })).json();
    // FY2027 with a July start: 2026-07-01 .. 2027-06-30.
    const before = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Before',
      start: '2026-01-01',
      end: '2026-06-30',
    });
    const across = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'Across',
      start: '2026-05-01',
      end: 'FY2027-Q1',
      areaIds: [area.id],
      teamIds: [team.id],
      status: 'in_progress',
    });
    const inside = await createInitiative(cast.pm, {
      ownerId: cast.otherOwner.userId,
      title: 'Inside',
      start: 'FY2027-Q2',
      end: 'FY2027-Q3',
    });
    const m = await addMilestone(cast.owner, across.id, {
      title: 'EU DSA deadline',
      date: '2026-08-17',
      kind: 'regulatory_deadline',
    });
    await addMilestone(cast.owner, before.id, { title: 'Old', date: '2026-03-01' });
    await cast.pm.post('/api/roadmap/dependencies', {
      from: { type: 'milestone', id: m.id },
      to: { type: 'initiative', id: inside.id },
      lagDays: 3,
    });
    await cast.pm.post('/api/roadmap/dependencies', {
      from: { type: 'initiative', id: before.id },
      to: { type: 'initiative', id: across.id },
    });

    t.clock.setToday('2026-09-04'); // the first Friday since it was created: an update is due
    const res = await cast.owner.get('/api/roadmap/years/FY2027');
    expect(res.statusCode, res.body).toBe(200);
    const wire = res.json();
    // The route serialises without the schema (for speed): the reply must carry its columns and no others,
    // each of one entry per row, and decode to objects of exactly the object form's fields.
    expect(RoadmapYearWireSchema.safeParse(wire).success).toBe(true);
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(wire)).toEqual(keys(RoadmapYearWireSchema.shape));
    for (const table of ['initiatives', 'milestones', 'dependencies'] as const) {
      expect(keys(wire[table])).toEqual(keys(RoadmapYearWireSchema.shape[table].shape));
      const lengths = new Set(Object.values(wire[table] as Record<string, unknown[]>).map((c) => c.length));
      expect(lengths.size, table).toBe(1);
    }
    const year = decodeRoadmapYear(wire);
    expect(encodeRoadmapYear(year)).toEqual(wire);
    expect(year).toMatchObject({
      year: { key: 'FY2027', label: 'FY27', start: '2026-07-01', end: '2027-06-30' },
      fiscalYearStartMonth: 7,
      today: '2026-09-04',
    });
    expect(year.quarters.map((q) => `${q.label} ${q.start}`)).toEqual([
      'FY27 Q1 2026-07-01',
      'FY27 Q2 2026-10-01',
      'FY27 Q3 2027-01-01',
      'FY27 Q4 2027-04-01',
    ]);
    expect(year.initiatives.map((i) => i.title)).toEqual(['Across', 'Inside']);
    expect(year.initiatives[0]).toMatchObject({
      ownerId: cast.owner.userId,
      start: '2026-05-01',
      end: '2026-09-30',
      areaIds: [area.id],
      teamIds: [team.id],
      progress: 0,
      progressOverridden: false,
      health: null,
      updateDue: true,
      editable: true,
    });
    expect(year.initiatives[1]).toMatchObject({ editable: false, updateDue: false });
    expect(year.milestones).toEqual([
      {
        id: m.id,
        initiativeId: across.id,
        title: 'EU DSA deadline',
        kind: 'regulatory_deadline',
        date: '2026-08-17',
        fixed: true,
        done: false,
      },
    ]);
    // The dependency from "Before" (outside the year) is left out; the one inside is kept.
    expect(year.dependencies).toEqual([
      expect.objectContaining({
        fromType: 'milestone',
        fromId: m.id,
        fromInitiativeId: across.id,
        toType: 'initiative',
        toId: inside.id,
        lagDays: 3,
      }),
    ]);
    expect(year.people.map((p) => p.id).sort()).toEqual([cast.owner.userId, cast.otherOwner.userId].sort());
    expect(year.areas).toEqual([{ id: area.id, name: 'Violent Extremism' }]);
    expect(year.teams).toEqual([{ id: team.id, name: 'VE policy' }]);
    expect((await cast.viewer.get('/api/roadmap/years/FY2030')).json().initiatives.id).toEqual([]);
    expect(keys(year)).toEqual(keys(RoadmapYearSchema.shape));
    expect(keys(year.initiatives[0]!)).toEqual(keys(RoadmapYearInitiativeSchema.shape));
    expect(keys(year.milestones[0]!)).toEqual(keys(RoadmapYearMilestoneSchema.shape));
    expect(keys(year.dependencies[0]!)).toEqual(keys(RoadmapYearDependencySchema.shape));
    expect(RoadmapYearSchema.safeParse(year).success).toBe(true);
  });

  // The year is kept between requests while the roadmap's revision (raised by triggers) stands: every kind
  // of write it is read from, whichever code path makes it, must show at once; who asks and what day it is too.
  it('answers every change at once, though it keeps the year between requests', async () => {
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Hate speech' })).json();
    const team = (await cast.admin.post('/api/teams', { name: 'HS policy', function: 'policy' })).json();
    const first = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      title: 'First',
      start: 'FY2027-Q1',
      end: 'FY2027-Q2',
      areaIds: [area.id],
      teamIds: [team.id],
      status: 'in_progress',
    });
    const second = await createInitiative(cast.pm, {
      ownerId: cast.otherOwner.userId,
      title: 'Second',
      start: 'FY2027-Q3',
      end: 'FY2027-Q4',
    });
    const read = async (who = cast.viewer) => decodeRoadmapYear((await who.get('/api/roadmap/years/FY2027')).json());
    expect((await read()).initiatives.map((i) => i.title)).toEqual(['First', 'Second']);
    expect(await read()).toEqual(await read());

    const milestone = await addMilestone(cast.owner, first.id, { title: 'Draft', date: '2026-08-03' });
    expect((await read()).milestones.map((m) => m.title)).toEqual(['Draft']);
    const dependency = (
      await cast.pm.post('/api/roadmap/dependencies', {
        from: { type: 'initiative', id: first.id },
        to: { type: 'initiative', id: second.id },
        lagDays: 0,
      })
    ).json();
    expect((await read()).dependencies.map((d) => d.id)).toEqual([dependency.id]);
    const moved = await cast.pm.patch(`/api/roadmap/milestones/${milestone.id}`, {
      version: milestone.version,
      date: '2026-08-10',
    });
    expect(moved.statusCode, moved.body).toBe(200);
    expect((await read()).milestones[0]).toMatchObject({ date: '2026-08-10' });

    const areaNow = (await cast.admin.get('/api/policy-areas'))
      .json()
      .items.find((a: { id: string }) => a.id === area.id);
    await cast.admin.patch(`/api/policy-areas/${area.id}`, { version: areaNow.version, name: 'Hateful conduct' });
    const teamNow = (await cast.admin.get(`/api/teams/${team.id}`)).json();
    await cast.admin.patch(`/api/teams/${team.id}`, { version: teamNow.version, name: 'HC policy' });
    const ownerNow = (await cast.admin.get(`/api/users/${cast.owner.userId}`)).json();
    await cast.admin.patch(`/api/users/${cast.owner.userId}`, { version: ownerNow.version, name: 'Renamed Owner' });
    const renamed = await read();
    expect(renamed.areas).toEqual([{ id: area.id, name: 'Hateful conduct' }]);
    expect(renamed.teams).toEqual([{ id: team.id, name: 'HC policy' }]);
    expect(renamed.people.find((p) => p.id === cast.owner.userId)?.name).toBe('Renamed Owner');

    // Written behind the services' back, as an import or a later module might: still seen.
    await t.database.db.deleteFrom('initiative_dependencies').where('id', '=', dependency.id).execute();
    expect((await read()).dependencies).toEqual([]);

    // Who asks: the owner may reschedule their own, the viewer nothing, from the same kept year.
    expect((await read(cast.owner)).initiatives.map((i) => i.editable)).toEqual([true, false]);
    expect((await read()).initiatives.map((i) => i.editable)).toEqual([false, false]);
    // What day it is: a weekly update falls due with no write at all.
    expect((await read()).initiatives[0]!.updateDue).toBe(false);
    t.clock.setToday('2026-09-18');
    expect((await read()).initiatives[0]!.updateDue).toBe(true);
  });

  it('names the path parameter at fault', async () => {
    for (const bad of ['FY2027-Q1', '2027', 'FY27'])
      expect(
        expectProblem(await cast.viewer.get(`/api/roadmap/years/${bad}`), 400, 'VALIDATION_FAILED').errors?.map(
          (e) => e.path,
        ),
      ).toEqual(['params.year']);
  });
});
