import { decodeRoadmapYear, type RoadmapYearWire } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

/** The year's milestones, decoded from the columns the year endpoint answers in. */
function milestonesOf(wire: RoadmapYearWire) {
  return decodeRoadmapYear(wire).milestones;
}

interface CriticalPathReply {
  end: { nodeId: string | null; date: string | null };
  path: { id: string; earliestStart: string; earliestFinish: string }[];
  lateFixedMilestones: { milestoneId: string; fixedDate: string; daysLate: number }[];
}

async function criticalPathOf(admin: TestClient) {
  const path = (await admin.get('/api/roadmap/years/FY2027/critical-path')).json() as CriticalPathReply;
  const initiatives = (await admin.get('/api/roadmap/initiatives?period=FY2027&limit=100')).json().items as {
    id: string;
    title: string;
  }[];
  const milestones = milestonesOf((await admin.get('/api/roadmap/years/FY2027')).json());
  const titles = new Map([...initiatives, ...milestones].map((n) => [n.id, n.title]));
  return { ...path, titleOf: (id: string | null) => (id === null ? null : titles.get(id)) };
}

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
    // A sanity bound: about 2 s on PostgreSQL on a quiet machine, with room for a busy one (11 s seen at load 10).
    expect(took).toBeLessThan(dialect === 'sqlite' ? 4000 : 12000);
    expect(loaded.json().created).toMatchObject({ initiatives: 25, dependencies: 16, baselines: 1, closedQuarters: 1 });

    const initiatives = (await admin.get('/api/roadmap/initiatives?period=FY2027&limit=100')).json().items;
    expect(initiatives).toHaveLength(25);
    const areas = new Set(initiatives.flatMap((i: { areas: { name: string }[] }) => i.areas.map((a) => a.name)));
    expect(areas.size).toBe(8);
    const due = (await admin.get('/api/roadmap/initiatives?updateDue=true&limit=100')).json().items;
    expect(due.map((i: { title: string }) => i.title)).toEqual(['Appeals quality programme']);

    const year = (await admin.get('/api/roadmap/years/FY2027')).json();
    expect(milestonesOf(year).filter((m) => m.fixed).length).toBeGreaterThanOrEqual(8);

    // The story of the critical path: the chain of minor-safety work that ends at Ofcom's deadline on
    // 16 December; the grooming-signal playbook slipped a week since the approved plan, so the deadline
    // is at risk by those days, and every other fixed date still holds.
    const critical = await criticalPathOf(admin);
    expect(critical.titleOf(critical.end.nodeId)).toBe("Online Safety Act children's codes compliance");
    expect(critical.path.length).toBeGreaterThanOrEqual(5);
    expect(critical.path.length).toBeLessThanOrEqual(7);
    expect(critical.path[0]!.earliestStart < '2027-04-01').toBe(true);
    expect(critical.path.map((n) => critical.titleOf(n.id))).toContain('Reviewer playbook signed off');
    expect(
      critical.lateFixedMilestones.map((m) => ({ title: critical.titleOf(m.milestoneId), fixedDate: m.fixedDate })),
    ).toEqual([{ title: "Ofcom children's codes deadline", fixedDate: '2027-12-16' }]);
    expect(critical.lateFixedMilestones[0]!.daysLate).toBeGreaterThanOrEqual(4);
    expect(critical.lateFixedMilestones[0]!.daysLate).toBeLessThanOrEqual(10);
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
      // Before the playbook slipped (spring), nothing is late; after, only the Ofcom deadline, by days.
      const critical = await criticalPathOf(admin);
      expect(critical.path.length).toBeGreaterThanOrEqual(5);
      expect(critical.lateFixedMilestones.length).toBe(day === '2027-12-31' ? 1 : 0);
      for (const late of critical.lateFixedMilestones) expect(late.daysLate).toBeLessThanOrEqual(10);
    },
  );
});
