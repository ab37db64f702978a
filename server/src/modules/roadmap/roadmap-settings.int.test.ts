import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { castOf, createInitiative, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('planning settings on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    t.clock.setToday('2026-08-10');
  });
  afterEach(async () => t.close());

  it('reads the default calendar fiscal year and the current period for everyone', async () => {
    const res = await cast.viewer.get('/api/roadmap/settings');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      fiscalYearStartMonth: 1,
      today: '2026-08-10',
      currentYear: { key: 'FY2026', label: 'FY26', start: '2026-01-01', end: '2026-12-31' },
      currentQuarter: { key: 'FY2026-Q3', label: 'FY26 Q3', start: '2026-07-01', end: '2026-09-30' },
      version: 1,
      updatedBy: null,
      abilities: { update: false },
    });
    expect((await cast.admin.get('/api/roadmap/settings')).json().abilities).toEqual({ update: true });
  });

  it('lets admins move the fiscal-year start, audited, and relabels spans without moving them', async () => {
    const initiative = await createInitiative(cast.pm, {
      ownerId: cast.owner.userId,
      start: 'FY2027-Q1',
      end: 'FY2027-Q1',
    });
    expect(initiative).toMatchObject({ start: '2027-01-01', end: '2027-03-31', spanLabel: 'FY27 Q1' });

    const res = await cast.admin.put('/api/roadmap/settings', { version: 1, fiscalYearStartMonth: 7 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      fiscalYearStartMonth: 7,
      version: 2,
      currentYear: { key: 'FY2027', start: '2026-07-01', end: '2027-06-30' },
      currentQuarter: { key: 'FY2027-Q1', label: 'FY27 Q1' },
      updatedBy: { id: cast.admin.userId },
    });
    // Same dates; with a July year, January-March is the third quarter.
    expect((await cast.viewer.get(`/api/roadmap/initiatives/${initiative.id}`)).json()).toMatchObject({
      start: '2027-01-01',
      end: '2027-03-31',
      startQuarter: 'FY2027-Q3',
      spanLabel: 'FY27 Q3',
    });
    const events = (await cast.admin.get('/api/audit-events?action=planning_settings.updated')).json().items;
    expect(events[0]).toMatchObject({
      before: { fiscalYearStartMonth: 1, version: 1 },
      after: { fiscalYearStartMonth: 7, version: 2 },
    });
  });

  it('refuses stale versions, months out of range and everyone but admins', async () => {
    expect((await cast.admin.put('/api/roadmap/settings', { version: 1, fiscalYearStartMonth: 4 })).statusCode).toBe(
      200,
    );
    expectProblem(
      await cast.admin.put('/api/roadmap/settings', { version: 1, fiscalYearStartMonth: 7 }),
      409,
      'VERSION_CONFLICT',
    );
    const bad = expectProblem(
      await cast.admin.put('/api/roadmap/settings', { version: 2, fiscalYearStartMonth: 13 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(['body.fiscalYearStartMonth']);
    for (const who of [cast.pm, cast.owner, cast.contributor, cast.xfn, cast.viewer])
      expectProblem(await who.put('/api/roadmap/settings', { version: 2, fiscalYearStartMonth: 7 }), 403, 'FORBIDDEN');
    expect((await cast.viewer.get('/api/roadmap/settings')).json().fiscalYearStartMonth).toBe(4);
  });
});
