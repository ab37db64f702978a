import { existsSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { inTransaction } from '../server/src/db/scope.js';
import { SYSTEM_CAUSE } from '../server/src/modules/audit/audit.service.js';
import { refreshRollups } from '../server/src/modules/metrics/dashboards/metric-rollups.js';
import { createTestApp, type TestApp, type TestClient } from '../server/src/test/test-app.js';
import { info, report, target, type Figure } from './figures.js';

/**
 * Metric dashboards at DESIGN.md's scale (10M metric rows, every dashboard endpoint < 100 ms p95 on the
 * embedded database): 115 policies x 730 days x 10 markets x 6 surfaces x 2 detection methods, filled
 * by one INSERT ... SELECT over a recursive CTE and rolled up once, kept in the temp directory under a
 * data version so that later runs skip the fill. Requests go through the app (HTTP in process).
 */
const DATA_VERSION = 'v1';
const POLICIES = 115;
const DAYS = 730;
const FIRST_DAY = '2024-01-01';
const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 60);
const file = join(tmpdir(), `policyops-bench-dashboards-${DATA_VERSION}-${POLICIES}x${DAYS}.db`);

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

async function fill(target: string): Promise<void> {
  // A fill interrupted after its (slow) insert resumes at the rollups.
  const resume = existsSync(target);
  const t = await createTestApp('sqlite', { DATABASE_URL: `file:${target}` });
  try {
    const db = t.database.db;
    if (!resume) await insertRows(t);
    const started = performance.now();
    const ids = (
      await sql<{ id: string }>`select id from policies where slug like 'bench-metrics-%' order by id`.execute(db)
    ).rows.map((r) => r.id);
    const last = (await sql<{ d: string }>`select date(${FIRST_DAY}, '+' || ${DAYS - 1} || ' days') as d`.execute(db))
      .rows[0]!.d;
    // One policy per transaction, as ingest writes: each GROUP BY sorts ~90k rows in memory.
    for (const id of ids)
      await inTransaction(t.database.scope, (trx) =>
        refreshRollups(trx, 'sqlite', { policyIds: [id], from: FIRST_DAY, to: last }),
      );
    console.log(`Rolled up in ${seconds(started)} s`);
  } finally {
    t.skipAuditPayloadCheck('benchmark fill');
    await t.close();
  }
}

async function insertRows(t: TestApp): Promise<void> {
  const admin = await t.signIn('admin');
  const area = (await admin.post('/api/policy-areas', { name: 'Bench' })).json().id as string;
  const db = t.database.db;
  await sql`create temp table bench_policies (policy_id text, v1 text, v2 text)`.execute(db);
  for (let i = 0; i < POLICIES; i++) {
    const slug = `bench-metrics-${String(i).padStart(3, '0')}`;
    const res = await admin.post('/api/policies', {
      title: `Bench ${slug}`,
      slug,
      areaId: area,
      restricted: i % 10 === 9,
    });
    const id = res.json().id as string;
    const version = (label: string, effectiveDate: string) =>
      inTransaction(t.database.scope, (trx) =>
        t.services.policyVersions.createHistoricInTransaction(trx, SYSTEM_CAUSE, id, {
          label,
          body: `# ${label}`,
          changeSummary: label,
          effectiveDate,
          approverId: null,
          state: 'live',
          marketDates: [],
        }),
      );
    const v1 = await version('1.0', '2024-07-19');
    const v2 = await version('2.0', '2025-05-15');
    await sql`insert into bench_policies values (${id}, ${v1}, ${v2})`.execute(db);
  }
  const started = performance.now();
  // CROSS JOIN keeps SQLite's join order: rows arrive in primary-key order (policy, day, market,
  // surface, detection), appending to the WITHOUT ROWID B-tree instead of splitting pages at random.
  await sql`insert into metric_daily (policy_id, day, market_id, surface_id, detection, version_id, actioned,
        user_reports, views, violating_views, qa_sampled, qa_correct, appeals, appeals_overturned, proactive,
        median_hours_to_action, p90_hours_to_action, import_id, updated_at)
      with recursive days(n, day) as (select 0, ${FIRST_DAY} union all
        select n + 1, date(${FIRST_DAY}, '+' || (n + 1) || ' days') from days where n + 1 < ${DAYS}),
      ms as (select id, row_number() over (order by id) as k from markets where code <> 'GLOBAL' order by id limit 10),
      ss as (select id, row_number() over (order by id) as k from surfaces order by id limit 6),
      ds(detection, k) as (values ('automated', 1), ('human', 2)),
      base as (select p.policy_id, p.v1, p.v2, d.n, d.day, m.id as market_id, m.k as mk, s.id as surface_id,
          s.k as sk, ds.detection, ds.k as dk,
          300 + (d.n * 7 + m.k * 31 + s.k * 17 + ds.k * 5) % 400 as actioned
        from (select * from bench_policies order by policy_id) p cross join days d cross join ms m
          cross join ss s cross join ds order by p.policy_id, d.day, m.id, s.id, ds.detection)
      select policy_id, day, market_id, surface_id, detection,
        case when day >= '2025-05-15' then v2 when day >= '2024-07-19' then v1 else null end,
        actioned, actioned / 3, 100000 + n * 13, 20 + (n + mk) % 40, 50, 40 + (n + sk) % 10,
        actioned / 8, actioned / 40 + (n % 3), actioned / 2 + dk * 10,
        2.0 + (n % 5) * 0.5, 10.0 + (n % 7), null, '2026-01-01T00:00:00.000Z'
      from base`.execute(db);
  console.log(`Filled metric_daily in ${seconds(started)} s`);
}

function p95(timings: number[]): number {
  const sorted = [...timings].sort((a, b) => a - b);
  return Number(sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!.toFixed(1));
}

async function timed(client: TestClient, urls: string[]): Promise<number[]> {
  const timings: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const res = await client.get(url);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    res.json();
    timings.push(performance.now() - started);
  }
  return timings;
}

export async function metricDashboardFigures(): Promise<Figure[]> {
  if (!existsSync(file)) {
    const started = performance.now();
    await fill(`${file}.tmp`);
    renameSync(`${file}.tmp`, file);
    console.log(`Built ${file} in ${seconds(started)} s (kept for later runs)`);
  }
  let t: TestApp | undefined;
  try {
    t = await createTestApp('sqlite', { DATABASE_URL: `file:${file}` });
    const rows = Number(
      (await sql<{ n: number }>`select count(*) as n from metric_daily`.execute(t.database.db)).rows[0]!.n,
    );
    // Fresh accounts each run: the kept file still holds the previous runs' ones.
    const run = Date.now();
    const viewer = await t.signIn('viewer', `viewer.${run}@bench.policyops.dev`);
    const admin = await t.signIn('admin', `admin.${run}@bench.policyops.dev`);
    const slugs = Array.from(
      { length: REQUESTS },
      (_, i) => `bench-metrics-${String((i * 37) % POLICIES).padStart(3, '0')}`,
    );
    const base = (slug: string) => `/api/metrics/policies/${slug}`;
    const all = 'from=2024-01-01&to=2025-12-30';
    const cases: [string, (slug: string, i: number) => string, TestClient][] = [
      ['series.day_90', (s) => `${base(s)}/series?grain=day&from=2025-10-01&to=2025-12-29`, admin],
      ['series.day_90_market', (s) => `${base(s)}/series?grain=day&from=2025-10-01&to=2025-12-29&market=EU`, admin],
      ['series.week_2y', (s) => `${base(s)}/series?grain=week&${all}`, admin],
      ['series.week_2y_filtered', (s) => `${base(s)}/series?grain=week&${all}&market=EU&detection=human`, admin],
      ['series.month_2y', (s) => `${base(s)}/series?grain=month&${all}&metric=accuracy`, admin],
      [
        'breakdown.default_180d',
        (s, i) => `${base(s)}/breakdown?by=${['market', 'surface', 'detection', 'version'][i % 4]}`,
        admin,
      ],
      ['breakdown.market_2y', (s) => `${base(s)}/breakdown?by=market&${all}`, admin],
      ['summary.default_180d', (s) => `${base(s)}/summary`, admin],
      ['summary.2y_surface', (s) => `${base(s)}/summary?${all}&detection=automated`, admin],
    ];
    const figures: Figure[] = [info('dashboards.metric_rows', rows, 'rows')];
    for (const [name, url, client] of cases) {
      await timed(
        client,
        slugs.slice(0, 5).map((s, i) => url(s, i)),
      );
      const timings = await timed(
        client,
        slugs.map((s, i) => url(s, i)),
      );
      figures.push(target(`dashboards.${name}.p95`, p95(timings), 'ms', '< 100'));
    }
    await timed(viewer, ['/api/metrics/heat-map']);
    const heat = await timed(
      viewer,
      Array.from({ length: 20 }, () => '/api/metrics/heat-map'),
    );
    figures.push(target(`dashboards.heat_map_${POLICIES}_policies.p95`, p95(heat), 'ms', '< 100'));
    return figures;
  } finally {
    t?.skipAuditPayloadCheck('benchmark');
    await t?.close();
  }
}

// `npx tsx bench/metric-dashboards.ts`: the dashboard figures alone (also BENCH_ONLY=dashboards).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  metricDashboardFigures()
    .then((figures) =>
      report(
        'PolicyOps metric dashboards (10M rows, SQLite)',
        figures,
        join(tmpdir(), 'policyops-bench-dashboards.json'),
      ),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
