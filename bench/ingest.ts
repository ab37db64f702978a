import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { METRIC_COLUMNS } from '@policyops/contracts';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { DialectName } from '../server/src/db/database.js';
import type { MetricDailyTable } from '../server/src/db/metrics-schema.js';
import { queryBuilder } from '../server/src/db/scope.js';
import type { Actor } from '../server/src/http/actor.js';
import { MetricIngestService } from '../server/src/modules/metrics/ingest/metric-ingest.service.js';
import { METRIC_ROW_COLUMNS } from '../server/src/modules/metrics/ingest/metric-rows.repository.js';
import { createTestApp, type TestApp } from '../server/src/test/test-app.js';
import { info, report, target, type Figure } from './figures.js';

/**
 * Metric ingest against the database's own floor, on both databases, on the same 200k rows: (a) a raw
 * prepared INSERT per row in one transaction (better-sqlite3 / node-pg, nothing else), (b) the real
 * ingest of the same rows as a CSV file (spool, parse, validate, resolve versions, upsert in one
 * transaction). Target: (b) at least half of (a)'s rows per second.
 */
const ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 200_000);
const POLICIES = 10;
const MARKETS = ['GLOBAL', 'EU', 'NA', 'APAC', 'LATAM', 'MENA', 'DE', 'FR', 'US', 'IN'];
const SURFACES = ['Feed videos', 'LIVE', 'Comments', 'Direct messages'];
const ROUNDS = 2;

interface Fixture {
  t: TestApp;
  actor: Actor;
  rows: MetricDailyTable[];
  csv: string;
}

async function fixture(dialect: DialectName, dir: string): Promise<Fixture> {
  const t = await createTestApp(
    dialect,
    dialect === 'sqlite' ? { DATABASE_URL: `file:${join(dir, 'ingest.db')}` } : {},
  );
  const admin = await t.signIn('admin');
  const area = (await admin.post('/api/policy-areas', { name: 'Bench' })).json().id as string;
  const policies: { id: string; slug: string }[] = [];
  for (let i = 0; i < POLICIES; i++) {
    const slug = `bench-policy-${i}`;
    const res = await admin.post('/api/policies', { title: `Bench ${i}`, slug, areaId: area });
    policies.push({ id: res.json().id as string, slug });
  }
  const dims = (await admin.get('/api/applicability/dimensions')).json() as {
    markets: { id: string; code: string }[];
    surfaces: { id: string; name: string }[];
  };
  const marketId = (code: string) => dims.markets.find((m) => m.code === code)!.id;
  const surfaceId = (name: string) => dims.surfaces.find((s) => s.name === name)!.id;
  const perDay = POLICIES * MARKETS.length * SURFACES.length * 2;
  const days = Math.ceil(ROWS / perDay);
  const rows: MetricDailyTable[] = [];
  const csv = createWriteStream(join(dir, `${dialect}.csv`));
  csv.write(`${METRIC_COLUMNS.join(',')}\n`);
  const start = Date.parse('2024-01-01');
  outer: for (let d = 0; d < days; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const p of policies)
      for (const m of MARKETS)
        for (const s of SURFACES)
          for (const detection of ['automated', 'human']) {
            if (rows.length >= ROWS) break outer;
            const n = rows.length;
            const actioned = 100 + (n % 900);
            const row: MetricDailyTable = {
              policy_id: p.id,
              day,
              market_id: marketId(m),
              surface_id: surfaceId(s),
              detection,
              version_id: null,
              actioned,
              user_reports: actioned >> 1,
              views: actioned * 1000,
              violating_views: actioned >> 2,
              qa_sampled: 50,
              qa_correct: 45,
              appeals: actioned >> 3,
              appeals_overturned: actioned >> 5,
              proactive: actioned >> 1,
              median_hours_to_action: 1.5,
              p90_hours_to_action: 7.25,
              import_id: null,
              updated_at: new Date().toISOString(),
            };
            rows.push(row);
            csv.write(
              `${day},${p.slug},${m},${s},${detection},${row.actioned},${row.user_reports},${row.views},${row.violating_views},` +
                `${row.qa_sampled},${row.qa_correct},${row.appeals},${row.appeals_overturned},${row.proactive},1.5,7.25\n`,
            );
          }
  }
  await new Promise<void>((resolve) => csv.end(() => resolve()));
  const actor: Actor = {
    ...admin.session!.user,
    version: 1,
    sessionId: null,
    sessionExpiresAt: null,
    tokenId: null,
    requestId: 'bench',
  };
  return { t, actor, rows, csv: join(dir, `${dialect}.csv`) };
}

async function clear(t: TestApp): Promise<void> {
  await queryBuilder(t.database.scope).deleteFrom('metric_daily').execute();
}

const INSERT = `insert into metric_daily (${METRIC_ROW_COLUMNS.join(', ')}) values `;

async function rawLoop(f: Fixture, dir: string): Promise<number> {
  await clear(f.t);
  const started = performance.now();
  if (f.t.dialect === 'sqlite') {
    const db = new SqliteDatabase(join(dir, 'ingest.db'));
    db.pragma('synchronous = NORMAL');
    const insert = db.prepare(`${INSERT}(${METRIC_ROW_COLUMNS.map(() => '?').join(', ')})`);
    db.transaction(() => {
      for (const row of f.rows) insert.run(METRIC_ROW_COLUMNS.map((c) => row[c]));
    })();
    db.close();
  } else {
    const config = f.t.config.database;
    if (config.kind !== 'postgres') throw new Error('expected PostgreSQL');
    const client = new pg.Client({ connectionString: config.url });
    await client.connect();
    await client.query(`set search_path to ${config.schema}`);
    const text = `${INSERT}(${METRIC_ROW_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})`;
    await client.query('begin');
    for (const row of f.rows)
      await client.query({ name: 'bench-insert', text, values: METRIC_ROW_COLUMNS.map((c) => row[c]) });
    await client.query('commit');
    await client.end();
  }
  return f.rows.length / ((performance.now() - started) / 1000);
}

async function realIngest(f: Fixture, ingest: MetricIngestService): Promise<number> {
  await clear(f.t);
  const started = performance.now();
  const record = await ingest.upload(f.actor, {
    body: createReadStream(f.csv),
    format: 'csv',
    fileName: 'bench.csv',
    source: 'api',
  });
  if (record.state !== 'completed' || record.inserted !== f.rows.length)
    throw new Error(`ingest: ${JSON.stringify(record).slice(0, 400)}`);
  return f.rows.length / ((performance.now() - started) / 1000);
}

export async function ingestFigures(): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const dialect of ['sqlite', 'postgres'] as const) {
    const dir = mkdtempSync(join(tmpdir(), 'policyops-bench-ingest-'));
    const f = await fixture(dialect, dir);
    try {
      const ingest = new MetricIngestService({
        db: f.t.database.scope,
        dialect,
        audit: f.t.services.audit,
        clock: f.t.clock,
        jobs: f.t.services.jobs,
        dimensions: f.t.services.applicabilityDimensions,
        timeline: f.t.services.metrics.timeline,
        inlineBytes: Number.MAX_SAFE_INTEGER,
      });
      let raw = 0;
      let real = 0;
      // Alternating, best of each: the first round also warms the JIT and the page cache.
      for (let round = 0; round < ROUNDS; round++) {
        raw = Math.max(raw, await rawLoop(f, dir));
        real = Math.max(real, await realIngest(f, ingest));
      }
      console.log(`${dialect}: raw prepared-insert loop ${Math.round(raw)} rows/s, ingest ${Math.round(real)} rows/s`);
      figures.push(
        info(`ingest.${dialect}.raw_prepared_insert.rows_per_second`, Math.round(raw), 'rows/s'),
        info(`ingest.${dialect}.csv_ingest.rows_per_second`, Math.round(real), 'rows/s'),
        target(`ingest.${dialect}.ratio_to_raw_insert`, Number((real / raw).toFixed(3)), 'ratio', '>= 0.5'),
      );
    } finally {
      f.t.skipAuditPayloadCheck('benchmark: the audit events are checked by the ingest tests');
      await f.t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return figures;
}

// `npx tsx bench/ingest.ts`: the ingest figures alone, without the rest of the run (nothing to build first).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ingestFigures()
    .then((figures) =>
      report(`PolicyOps ingest benchmark (${ROWS} rows)`, figures, join(tmpdir(), 'policyops-bench-ingest.json')),
    )
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
