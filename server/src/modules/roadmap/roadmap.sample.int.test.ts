import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('roadmap and OKR sample on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday('2027-08-12');
  });
  afterEach(async () => t.close());

  it('loads a fiscal year of initiatives, a baseline, OKRs fed by initiatives, and a closed quarter, quickly', async () => {
    const admin = await t.signIn('admin');
    const started = performance.now();
    const loaded = await admin.post('/api/workspace/sample');
    const took = performance.now() - started;
    expect(loaded.statusCode, loaded.body).toBe(201);
    expect(took).toBeLessThan(dialect === 'sqlite' ? 4000 : 15000);
    expect(loaded.json().created).toMatchObject({ initiatives: 25, dependencies: 16, baselines: 1, closedQuarters: 1 });

    const initiatives = (await admin.get('/api/roadmap/initiatives?period=FY2027&limit=100')).json().items;
    expect(initiatives).toHaveLength(25);
    const areas = new Set(initiatives.flatMap((i: { areas: { name: string }[] }) => i.areas.map((a) => a.name)));
    expect(areas.size).toBe(8);
    const due = (await admin.get('/api/roadmap/initiatives?updateDue=true&limit=100')).json().items;
    expect(due.map((i: { title: string }) => i.title)).toEqual(['Appeals quality programme']);

    const year = (await admin.get('/api/roadmap/years/FY2027')).json();
    expect(year.milestones.filter((m: { fixed: boolean }) => m.fixed).length).toBeGreaterThanOrEqual(8);
    const [baseline] = (await admin.get('/api/roadmap/years/FY2027/baselines')).json().items;
    expect(baseline.name).toBe('FY27 plan as approved');
    const compare = (await admin.get(`/api/roadmap/years/FY2027/compare?baseline=${baseline.id}`)).json();
    expect(compare.summary.initiativesMoved).toBe(3);
    expect(compare.summary.milestonesSlipped).toBeGreaterThan(0);

    // A key result fed by an initiative stands at its progress; the quarter before today's is closed with scores.
    const okrs = (await admin.get('/api/okrs?period=FY2027-Q2')).json();
    const q2 = JSON.stringify(okrs);
    expect(q2).toContain('Statement-of-reasons alignment complete');
    const periods = (await admin.get('/api/okr-periods?year=FY2027')).json().items ?? [];
    expect(JSON.stringify(periods)).toContain('"state":"closed"');
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
  });

  it.each(['2027-01-02', '2027-04-01', '2027-12-31'])(
    'loads on %s too (start of the year, of a quarter, its last day)',
    async (day) => {
      t.clock.setToday(day);
      const admin = await t.signIn('admin');
      const loaded = await admin.post('/api/workspace/sample');
      expect(loaded.statusCode, loaded.body).toBe(201);
      expect(loaded.json().created).toMatchObject({ initiatives: 25, closedQuarters: day === '2027-01-02' ? 0 : 1 });
    },
  );
});
