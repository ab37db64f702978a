import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { inTransaction } from '../../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../../test/test-app.js';
import { upsertMetricRows } from '../ingest/metric-rows.repository.js';
import { dimensionsOf, policyOf, publishedVersion } from '../impact/impact-test-kit.js';
import { refreshRollups } from './metric-rollups.js';

/** Wilson 95% score interval written out by hand (Wilson 1927), in percent. */
function wilson(k: number, n: number, scale = 100) {
  const z = 1.959963984540054;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { value: p * scale, lower: (c - h) * scale, upper: (c + h) * scale, numerator: k, denominator: n };
}

type Counts = [actioned: number, appeals: number, overturned: number, qaSampled: number, qaCorrect: number];

describe.each(DIALECTS)('metric dashboards on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;
  let dims: Awaited<ReturnType<typeof dimensionsOf>>;
  let policyId: string;
  let v1: string;
  let v2: string;

  function row(
    day: string,
    market: string,
    surface: string,
    detection: string,
    version: string,
    c: Counts,
    views: [number, number],
    proactive: number,
    times: [number, number] | null,
  ): MetricDailyTable {
    return {
      policy_id: policyId,
      day,
      market_id: dims.market(market),
      surface_id: dims.surface(surface),
      detection,
      version_id: version,
      actioned: c[0],
      user_reports: 3,
      views: views[0],
      violating_views: views[1],
      qa_sampled: c[3],
      qa_correct: c[4],
      appeals: c[1],
      appeals_overturned: c[2],
      proactive,
      median_hours_to_action: times?.[0] ?? null,
      p90_hours_to_action: times?.[1] ?? null,
      import_id: null,
      updated_at: '2026-03-09T00:00:00.000Z',
    };
  }

  async function write(rows: MetricDailyTable[], from: string, to: string, ids = [policyId]) {
    await inTransaction(t.database.scope, async (trx) => {
      await upsertMetricRows(trx, dialect, rows);
      await refreshRollups(trx, dialect, { policyIds: ids, from, to });
    });
  }

  // R1..R4: Monday 23 Feb, Sunday 1 Mar (same ISO week, next month), Monday 2 Mar (launch of 2.0), Thursday 5 Mar.
  const fixture = () => [
    row('2026-02-23', 'DE', 'LIVE', 'human', v1, [100, 20, 5, 50, 45], [10000, 30], 60, [2, 10]),
    row('2026-03-01', 'FR', 'LIVE', 'automated', v1, [300, 30, 15, 100, 80], [20000, 10], 270, [4, 12]),
    row('2026-03-02', 'US', 'Comments', 'human', v2, [50, 10, 1, 10, 10], [5000, 5], 0, null),
    row('2026-03-05', 'DE', 'Comments', 'automated', v2, [50, 0, 0, 0, 0], [0, 0], 50, [6, 20]),
  ];

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    viewer = await t.signIn('viewer');
    dims = await dimensionsOf(admin);
    policyId = await policyOf(admin, 'hate-speech');
    v1 = await publishedVersion(t, policyId, '1.0', '2026-01-05');
    v2 = await publishedVersion(t, policyId, '2.0', '2026-03-02', [
      { marketId: dims.market('FR'), effectiveDate: '2026-03-09' },
    ]);
    await publishedVersion(t, policyId, '3.0', '2026-04-01');
    await write(fixture(), '2026-02-23', '2026-03-08');
  });
  afterEach(async () => t.close());

  const base = '/api/metrics/policies/hate-speech';
  const range = 'from=2026-02-23&to=2026-03-08';

  it('computes every figure by its definition, against an empty previous period, with coverage', async () => {
    const res = await viewer.get(`${base}/summary?${range}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.period).toEqual({ from: '2026-02-23', to: '2026-03-08' });
    expect(body.previousPeriod).toEqual({ from: '2026-02-09', to: '2026-02-22' });
    expect(body.coverage).toEqual({ firstDay: '2026-02-23', lastDay: '2026-03-05' });
    const fig = (m: string) => body.figures.find((f: { metric: string }) => f.metric === m);
    expect(body.figures.map((f: { metric: string }) => f.metric)).toHaveLength(11);
    const close = (actual: Record<string, number>, expected: Record<string, number | null>) => {
      for (const [k, v] of Object.entries(expected))
        if (v === null) expect(actual[k]).toBeNull();
        else expect(actual[k]).toBeCloseTo(v, 5);
    };
    close(fig('overturn_rate').current, wilson(21, 60));
    close(fig('accuracy').current, wilson(135, 160));
    close(fig('appeal_rate').current, wilson(60, 500));
    close(fig('proactive_rate').current, wilson(380, 500));
    close(fig('prevalence').current, wilson(45, 35000, 10_000));
    // Weighted by actioned over the days with a median: (100x2 + 300x4 + 50x6) / 450.
    close(fig('median_hours_to_action').current, { value: 1700 / 450, lower: null, upper: null, denominator: 450 });
    close(fig('p90_hours_to_action').current, { value: 5600 / 450, denominator: 450 });
    close(fig('actioned').current, { value: 500, lower: null, denominator: null });
    close(fig('views').current, { value: 35000 });
    close(fig('user_reports').current, { value: 12 });
    expect(fig('overturn_rate').previous).toMatchObject({ value: null, denominator: 0 });
    expect(fig('overturn_rate').change).toBeNull();
    expect(fig('actioned').previous.value).toBe(0);
    expect(fig('actioned').relativeChange).toBeNull();
  });

  it('groups by ISO week (Monday) and month, edges read from days, and marks launches per market', async () => {
    const series = async (q: string) => (await viewer.get(`${base}/series?metric=overturn_rate&${q}`)).json();
    const points = (s: { points: { period: string; value: number | null }[] }) =>
      s.points.map((p) => [p.period, p.value === null ? null : Math.round(p.value * 1000) / 1000]);
    expect(points(await series(`grain=week&${range}`))).toEqual([
      ['2026-02-23', 40],
      ['2026-03-02', 10],
    ]);
    expect(points(await series(`grain=month&${range}`))).toEqual([
      ['2026-02-01', 25],
      ['2026-03-01', 40],
    ]);
    expect(points(await series(`grain=day&${range}`))).toEqual([
      ['2026-02-23', 25],
      ['2026-03-01', 50],
      ['2026-03-02', 10],
      ['2026-03-05', null],
    ]);
    expect(points(await series('grain=week&from=2026-02-25&to=2026-03-08'))).toEqual([
      ['2026-02-23', 50],
      ['2026-03-02', 10],
    ]);
    expect(points(await series('grain=week&from=2026-02-23&to=2026-03-08&detection=human'))).toEqual([
      ['2026-02-23', 25],
      ['2026-03-02', 10],
    ]);
    const wide = await series('grain=week&from=2026-02-23&to=2026-03-10');
    expect(wide.launches.map((l: { label: string; effectiveDate: string }) => [l.label, l.effectiveDate])).toEqual([
      ['2.0', '2026-03-02'],
      ['2.0', '2026-03-09'],
    ]);
    expect(wide.launches[0].markets).toEqual(expect.arrayContaining(['GLOBAL', 'EU', 'DE', 'US']));
    expect(wide.launches[0].markets).not.toContain('FR');
    expect(wide.launches[1].markets).toEqual(['FR']);
    const fr = await series('grain=week&from=2026-02-23&to=2026-03-10&market=FR');
    expect(fr.launches).toEqual([{ versionId: v2, label: '2.0', effectiveDate: '2026-03-09', markets: ['FR'] }]);
    // Defaults: to = latest day with data, from = 180 days before it.
    expect(await series('')).toMatchObject({ grain: 'week', from: '2025-09-06', to: '2026-03-05' });
  });

  it('filters by market lineage: a region or Global includes its markets', async () => {
    const actioned = async (market: string) =>
      (await viewer.get(`${base}/summary?${range}&market=${market}`))
        .json()
        .figures.find((f: { metric: string }) => f.metric === 'actioned').current.value;
    expect(await actioned('EU')).toBe(450);
    expect(await actioned('de')).toBe(150);
    expect(await actioned('NA')).toBe(50);
    expect(await actioned('GLOBAL')).toBe(500);
  });

  it('breaks a figure down by market, surface, detection and version, period over period', async () => {
    const rows = async (q: string) =>
      (await viewer.get(`${base}/breakdown?${q}`))
        .json()
        .rows.map((r: { key: string; label: string; current: { numerator: number; denominator: number } }) => [
          r.key,
          r.label,
          r.current.numerator,
          r.current.denominator,
        ]);
    expect(await rows(`${range}&by=market`)).toEqual([
      ['FR', 'France', 15, 30],
      ['DE', 'Germany', 5, 20],
      ['US', 'United States', 1, 10],
    ]);
    expect(await rows(`${range}&by=surface`)).toEqual([
      [dims.surface('LIVE'), 'LIVE', 20, 50],
      [dims.surface('Comments'), 'Comments', 1, 10],
    ]);
    expect(await rows(`${range}&by=detection`)).toEqual([
      ['automated', 'Automated', 15, 30],
      ['human', 'Human review', 6, 30],
    ]);
    expect(await rows(`${range}&by=version`)).toEqual([
      [v1, '1.0', 20, 50],
      [v2, '2.0', 1, 10],
    ]);
    const pop = (await viewer.get(`${base}/breakdown?from=2026-03-02&to=2026-03-08&by=market&metric=actioned`)).json();
    expect(pop.previousPeriod).toEqual({ from: '2026-02-23', to: '2026-03-01' });
    const de = pop.rows.find((r: { key: string }) => r.key === 'DE');
    expect([de.current.value, de.previous.value, de.change, de.relativeChange]).toEqual([50, 100, -50, -0.5]);
    const us = pop.rows.find((r: { key: string }) => r.key === 'US');
    expect([us.current.value, us.previous.value, us.change, us.relativeChange]).toEqual([50, 0, 50, null]);
  });

  it('maps every visible policy around its latest launch with data on both sides, without restricted ones', async () => {
    const secret = await policyOf(admin, 'secret', { restricted: true });
    await publishedVersion(t, secret, '1.0', '2026-03-01');
    await write(
      [
        { ...fixture()[0]!, policy_id: secret },
        { ...fixture()[1]!, policy_id: secret },
      ],
      '2026-02-23',
      '2026-03-01',
      [secret],
    );
    const map = (await viewer.get('/api/metrics/heat-map?metrics=overturn_rate,actioned')).json();
    expect(map.metrics).toEqual(['overturn_rate', 'actioned']);
    expect(map.rows.map((r: { policy: { slug: string } }) => r.policy.slug)).toEqual(['hate-speech']);
    const row = map.rows[0];
    expect(row.launch).toEqual({ versionId: v2, label: '2.0', effectiveDate: '2026-03-02' });
    expect(row.before).toEqual({ from: '2026-02-02', to: '2026-03-01' });
    expect(row.after).toEqual({ from: '2026-03-02', to: '2026-03-05' });
    expect(row.cells[0].current.value).toBeCloseTo(10, 9);
    expect(row.cells[0].previous.value).toBeCloseTo(40, 9);
    expect(row.cells[0].change).toBeCloseTo(-30, 9);
    expect(row.cells[1]).toMatchObject({ metric: 'actioned', change: -300 });
    const all = (await admin.get('/api/metrics/heat-map')).json();
    expect(all.metrics).toHaveLength(6);
    expect(all.rows.map((r: { policy: { slug: string } }) => r.policy.slug)).toEqual(['hate-speech', 'secret']);
    expect(all.rows[1]).toMatchObject({
      launch: { label: '1.0' },
      before: { to: '2026-02-28' },
      after: { from: '2026-03-01', to: '2026-03-01' },
    });
    // One query sums every policy's windows: each row keeps its own launch's days and policy's rows.
    const overturn = (r: { cells: { metric: string; current: { value: number }; previous: { value: number } }[] }) =>
      r.cells.find((c) => c.metric === 'overturn_rate')!;
    expect(overturn(all.rows[0]).current.value).toBeCloseTo(10, 9);
    expect(overturn(all.rows[0]).previous.value).toBeCloseTo(40, 9);
    expect(overturn(all.rows[1]).current.value).toBeCloseTo(50, 9);
    expect(overturn(all.rows[1]).previous.value).toBeCloseTo(25, 9);
    expectProblem(await viewer.get('/api/metrics/heat-map?metrics=overturn_rate,nope'), 400);
  });

  it('refuses bad filters naming the field, and answers 404 for an unknown or restricted policy', async () => {
    const paths = async (url: string) => expectProblem(await viewer.get(url), 400).errors?.map((e) => e.path);
    expect(await paths(`${base}/series?market=ZZ`)).toEqual(['querystring.market']);
    expect(await paths(`${base}/breakdown?surface=01900000-0000-7000-8000-000000000000`)).toEqual([
      'querystring.surface',
    ]);
    expect(await paths(`${base}/summary?from=2026-03-08&to=2026-03-01`)).toEqual(['querystring.from']);
    expect(await paths(`${base}/series?grain=year`)).toEqual(['querystring.grain']);
    expect(await paths(`${base}/breakdown?by=colour`)).toEqual(['querystring.by']);
    expect(await paths('/api/metrics/heat-map?metrics=nope')).toEqual(['querystring.metrics']);
    expectProblem(await viewer.get('/api/metrics/policies/missing/summary'), 404, 'NOT_FOUND');
    await policyOf(admin, 'secret', { restricted: true });
    for (const view of ['series', 'breakdown', 'summary'])
      expectProblem(await viewer.get(`/api/metrics/policies/secret/${view}`), 404, 'NOT_FOUND');
    expect((await admin.get('/api/metrics/policies/secret/summary')).statusCode).toBe(200);
  });

  it('changes the weekly figure when a day is written again', async () => {
    const week = async () =>
      (await viewer.get(`${base}/series?metric=overturn_rate&grain=week&${range}`)).json().points[0];
    expect((await week()).numerator).toBe(20);
    const replaced = fixture()[1]!;
    await write([{ ...replaced, appeals_overturned: 29 }], '2026-03-01', '2026-03-01');
    expect(await week()).toMatchObject({ period: '2026-02-23', numerator: 34, denominator: 50, value: 68 });
  });
});
