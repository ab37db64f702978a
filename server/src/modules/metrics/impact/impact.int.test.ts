import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../../test/test-app.js';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { dimensionsOf, policyOf, publishedVersion, seriesRows } from './impact-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';
const LAUNCH = '2026-06-01';
const FROM = '2026-04-20';
const DAYS = 80;

interface MetricResult {
  key: string;
  verdict: string;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  significant: boolean;
  method: string | null;
  sentence: string;
  insufficientData: string | null;
  parallelTrends: { parallel: boolean } | null;
}

async function insertRows(t: TestApp, rows: MetricDailyTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await t.database.db
      .insertInto('metric_daily')
      .values(rows.slice(i, i + 200))
      .execute();
}

describe.each(DIALECTS)('impact analysis of a launch on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let viewer: TestClient;
  let dims: Awaited<ReturnType<typeof dimensionsOf>>;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    viewer = await t.signIn('viewer');
    dims = await dimensionsOf(admin);
  });
  afterEach(async () => t.close());

  const metric = (report: { metrics: MetricResult[] }, key: string) => report.metrics.find((m) => m.key === key)!;

  it('finds a planted fall in overturns by difference-in-differences against the market still on 1.0', async () => {
    const policyId = await policyOf(admin, 'hate-speech');
    await publishedVersion(t, policyId, '1.0', '2026-01-05');
    const v2 = await publishedVersion(t, policyId, '2.0', LAUNCH, [
      { marketId: dims.market('DE'), effectiveDate: '2026-08-01' },
    ]);
    const live = dims.surface('LIVE');
    for (const [code, seed] of [
      ['FR', 1],
      ['US', 2],
    ] as const) {
      await insertRows(
        t,
        seriesRows({
          policyId,
          marketId: dims.market(code),
          surfaceId: live,
          from: FROM,
          days: DAYS,
          launch: LAUNCH,
          overturnShift: -0.25,
          seed,
        }),
      );
    }
    await insertRows(
      t,
      seriesRows({ policyId, marketId: dims.market('DE'), surfaceId: live, from: FROM, days: DAYS, seed: 3 }),
    );

    const res = await viewer.get(`/api/metrics/policies/hate-speech/versions/${v2}/impact`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      version: { id: v2, label: '2.0' },
      launchDate: LAUNCH,
      design: 'difference_in_differences',
      observational: false,
      control: { rule: 'markets_not_in_force', markets: [{ code: 'DE' }] },
      windows: { pre: { start: '2026-05-04', end: '2026-05-31' }, post: { start: '2026-06-08', end: '2026-07-05' } },
      otherLaunchDates: ['2026-01-05'],
      seed: 1,
      abilities: { save: false },
    });
    expect(report.treated.markets.map((m: { code: string }) => m.code).sort()).toEqual(['FR', 'US']);
    const overturns = metric(report, 'overturn_rate');
    expect(overturns).toMatchObject({ verdict: 'decrease', significant: true, method: 'difference_in_differences' });
    // 20% → 15%: a fall of 5 points, inside the interval.
    expect(overturns.estimate!).toBeLessThan(0);
    expect(overturns.lower!).toBeLessThan(-5);
    expect(overturns.upper!).toBeGreaterThan(-5);
    expect(overturns.parallelTrends?.parallel).toBe(true);
    expect(overturns.sentence).toMatch(/^Overturn rate fell/);
    expect(metric(report, 'accuracy').significant).toBe(false);
    const series = report.series.find((s: { key: string }) => s.key === 'overturn_rate');
    expect(series.unit).toBe('percent');
    expect(series.points[0]).toMatchObject({ date: '2026-05-04' });
    expect(series.points.at(-1)).toMatchObject({ date: '2026-07-05' });
    expect(series.points[0].treated).toBeGreaterThan(15);
    expect(series.points[0].control).toBeGreaterThan(15);

    // The same data gives the same reply.
    expect((await viewer.get(`/api/metrics/policies/${policyId}/versions/${v2}/impact`)).json().metrics).toEqual(
      report.metrics,
    );
    // Asked for one market, that market's own date is the launch.
    const de = (
      await viewer.get(`/api/metrics/policies/hate-speech/versions/${v2}/impact?market=DE&windowDays=14`)
    ).json();
    expect(de).toMatchObject({ launchDate: '2026-08-01', treated: { markets: [{ code: 'DE' }] } });

    const launches = (await viewer.get('/api/metrics/policies/hate-speech/launches')).json();
    expect(launches.items.map((l: { label: string }) => l.label)).toEqual(['1.0', '2.0']);
    expect(launches.items[1]).toMatchObject({
      versionId: v2,
      launchDate: LAUNCH,
      coverage: { preDays: 28, postDays: 28, covered: true },
      analyses: 0,
    });
    expect(launches.items[1].markets).toContainEqual({
      id: dims.market('DE'),
      code: 'DE',
      effectiveDate: '2026-08-01',
    });
    expect(launches.items[0].coverage.covered).toBe(false);
  });

  it('reads the series against its own past (observational) when every market launched together', async () => {
    const policyId = await policyOf(admin, 'spam');
    const v2 = await publishedVersion(t, policyId, '2.0', LAUNCH);
    const rows = seriesRows({
      policyId,
      marketId: dims.market('FR'),
      surfaceId: dims.surface('LIVE'),
      from: FROM,
      days: DAYS,
      launch: LAUNCH,
      overturnShift: -0.25,
      seed: 4,
    });
    await insertRows(t, rows);
    const report = (await viewer.get(`/api/metrics/policies/spam/versions/${v2}/impact`)).json();
    expect(report).toMatchObject({ design: 'interrupted_time_series', observational: true, control: null });
    expect(report.designExplanation).toMatch(/observational/);
    expect(metric(report, 'overturn_rate')).toMatchObject({
      verdict: 'decrease',
      method: 'interrupted_time_series',
      parallelTrends: null,
    });
    expectProblem(
      await viewer.get(`/api/metrics/policies/spam/versions/${v2}/impact?design=difference_in_differences`),
      409,
      'INVALID_STATE',
    );
    const beforeAfter = (
      await viewer.get(`/api/metrics/policies/spam/versions/${v2}/impact?design=before_after`)
    ).json();
    expect(beforeAfter.design).toBe('before_after');

    // A grid cell where the policy does not apply, still carrying rows, becomes the control.
    const grid = (await admin.get('/api/policies/spam/applicability')).json();
    const put = await admin.put('/api/policies/spam/applicability', {
      version: grid.version,
      cells: [{ surfaceId: dims.surface('Comments'), marketId: dims.market('FR'), state: 'does_not_apply', note: '' }],
    });
    expect(put.statusCode).toBe(200);
    await insertRows(
      t,
      seriesRows({
        policyId,
        marketId: dims.market('FR'),
        surfaceId: dims.surface('Comments'),
        from: FROM,
        days: DAYS,
        seed: 5,
      }),
    );
    const withGrid = (await viewer.get(`/api/metrics/policies/spam/versions/${v2}/impact`)).json();
    expect(withGrid).toMatchObject({
      design: 'difference_in_differences',
      control: { rule: 'grid_not_applying', cells: [{ market: 'FR', surface: 'Comments' }] },
    });
    expect(metric(withGrid, 'overturn_rate').verdict).toBe('decrease');
  });

  it('gives no verdict with too little data, and says why', async () => {
    const policyId = await policyOf(admin, 'scams');
    const v1 = await publishedVersion(t, policyId, '1.0', LAUNCH);
    await insertRows(
      t,
      seriesRows({
        policyId,
        marketId: dims.market('FR'),
        surfaceId: dims.surface('LIVE'),
        from: '2026-05-20',
        days: 10,
        seed: 6,
      }),
    );
    const report = (await viewer.get(`/api/metrics/policies/scams/versions/${v1}/impact`)).json();
    for (const m of report.metrics as MetricResult[]) {
      expect(m).toMatchObject({ verdict: 'insufficient_data', estimate: null, significant: false });
      expect(m.insufficientData).toBeTruthy();
    }
    const empty = (await viewer.get(`/api/metrics/policies/scams/versions/${v1}/impact?market=US`)).json();
    expect(empty.metrics.every((m: MetricResult) => m.verdict === 'insufficient_data')).toBe(true);
  });

  it('refuses bad options naming the field, and hides what the reader may not see', async () => {
    const policyId = await policyOf(admin, 'secret', { restricted: true });
    const v1 = await publishedVersion(t, policyId, '1.0', LAUNCH);
    const open = await policyOf(admin, 'open');
    const o1 = await publishedVersion(t, open, '1.0', LAUNCH);
    const path = (p: { errors?: { path: string }[] }) => p.errors?.map((e) => e.path);
    expect(
      path(expectProblem(await viewer.get(`/api/metrics/policies/open/versions/${o1}/impact?windowDays=500`), 400)),
    ).toEqual(['querystring.windowDays']);
    expect(
      path(expectProblem(await viewer.get(`/api/metrics/policies/open/versions/${o1}/impact?rampUpDays=-1`), 400)),
    ).toEqual(['querystring.rampUpDays']);
    expect(
      path(expectProblem(await viewer.get(`/api/metrics/policies/open/versions/${o1}/impact?market=ZZ`), 400)),
    ).toEqual(['querystring.market']);
    expect(
      path(expectProblem(await viewer.get(`/api/metrics/policies/open/versions/${o1}/impact?surface=Nowhere`), 400)),
    ).toEqual(['querystring.surface']);
    expectProblem(await viewer.get(`/api/metrics/policies/open/versions/${MISSING}/impact`), 404, 'NOT_FOUND');
    expectProblem(await viewer.get(`/api/metrics/policies/missing/launches`), 404, 'NOT_FOUND');
    expectProblem(await viewer.get(`/api/metrics/policies/secret/versions/${v1}/impact`), 404, 'NOT_FOUND');
    expectProblem(await viewer.get(`/api/metrics/policies/secret/launches`), 404, 'NOT_FOUND');
    expect((await admin.get(`/api/metrics/policies/secret/versions/${v1}/impact`)).statusCode).toBe(200);
  });
});
