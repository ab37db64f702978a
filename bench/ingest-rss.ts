import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { METRIC_COLUMNS } from '@policyops/contracts';
import type { Actor } from '../server/src/http/actor.js';
import { MetricIngestService } from '../server/src/modules/metrics/ingest/metric-ingest.service.js';
import { createTestApp } from '../server/src/test/test-app.js';

/**
 * Peak memory of ingesting a 5M-row CSV (`npx tsx bench/ingest-rss.ts`; BENCH_RSS_ROWS to change):
 * the file is generated on disk as a stream, then ingested through the service into a SQLite file
 * in the temp dir. Prints peak RSS (process.resourceUsage().maxRSS) before and after, and rows/s.
 */
const ROWS = Number(process.env.BENCH_RSS_ROWS ?? 5_000_000);
const MARKETS = ['GLOBAL', 'EU', 'NA', 'APAC', 'LATAM', 'MENA', 'DE', 'FR', 'US', 'IN'];
const SURFACES = ['Feed videos', 'LIVE', 'Comments', 'Direct messages', 'Profiles', 'Search', 'Ads', 'Shop'];
const POLICIES = 20;

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  const write = (text: string) =>
    out.write(text) ? undefined : new Promise<void>((resolve) => out.once('drain', () => resolve()));
  await write(`${METRIC_COLUMNS.join(',')}\n`);
  let n = 0;
  const start = Date.parse('2019-01-01');
  for (let d = 0; n < ROWS; d++) {
    const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    let chunk = '';
    for (let p = 0; p < POLICIES && n < ROWS; p++)
      for (const m of MARKETS)
        for (const s of SURFACES)
          for (const detection of ['automated', 'human']) {
            if (n >= ROWS) break;
            const a = 100 + (n % 900);
            chunk += `${day},rss-policy-${p},${m},${s},${detection},${a},${a >> 1},${a * 1000},${a >> 2},50,45,${a >> 3},${a >> 5},${a >> 1},1.5,7.25\n`;
            n += 1;
          }
    await write(chunk);
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-ingest-rss-'));
  const t = await createTestApp('sqlite', { DATABASE_URL: `file:${join(dir, 'rss.db')}` });
  try {
    const admin = await t.signIn('admin');
    const area = (await admin.post('/api/policy-areas', { name: 'RSS' })).json().id as string;
    for (let p = 0; p < POLICIES; p++)
      await admin.post('/api/policies', { title: `RSS ${p}`, slug: `rss-policy-${p}`, areaId: area });
    const csv = join(dir, 'rows.csv');
    let started = performance.now();
    await writeCsv(csv);
    console.log(
      `Generated ${ROWS} rows (${(statSync(csv).size / 1e6).toFixed(0)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    const before = process.resourceUsage().maxRSS;
    const ingest = new MetricIngestService({
      db: t.database.scope,
      dialect: 'sqlite',
      audit: t.services.audit,
      clock: t.clock,
      jobs: t.services.jobs,
      dimensions: t.services.applicabilityDimensions,
      timeline: t.services.metrics.timeline,
      inlineBytes: Number.MAX_SAFE_INTEGER,
    });
    const actor: Actor = {
      ...admin.session!.user,
      version: 1,
      sessionId: null,
      sessionExpiresAt: null,
      tokenId: null,
      requestId: 'rss',
    };
    started = performance.now();
    const record = await ingest.upload(actor, {
      body: createReadStream(csv),
      format: 'csv',
      fileName: 'rows.csv',
      source: 'api',
    });
    const secondsTaken = (performance.now() - started) / 1000;
    if (record.state !== 'completed') throw new Error(JSON.stringify(record).slice(0, 500));
    const peak = process.resourceUsage().maxRSS;
    console.log(
      JSON.stringify({
        rows: record.rows,
        inserted: record.inserted,
        seconds: Number(secondsTaken.toFixed(1)),
        rowsPerSecond: Math.round(ROWS / secondsTaken),
        peakRssMbBeforeIngest: Math.round(before / 1024),
        peakRssMb: Math.round(peak / 1024),
      }),
    );
  } finally {
    t.skipAuditPayloadCheck('benchmark');
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
