import { afterEach, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../../db/scope.js';
import { createTestApp, DIALECTS, expectProblem, type TestApp, type TestClient } from '../../../test/test-app.js';
import { publishedVersion } from '../impact/impact-test-kit.js';
import { csvFile, csvLine, policyNamed, upload } from './ingest-test-kit.js';
import { MetricIngestService } from './metric-ingest.service.js';

async function metricRows(t: TestApp) {
  return queryBuilder(t.database.scope)
    .selectFrom('metric_daily')
    .selectAll()
    .orderBy('day')
    .orderBy('detection')
    .execute();
}

describe.each(DIALECTS)('metric ingest on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let policyId: string;
  afterEach(() => t?.close());

  async function setUp() {
    t = await createTestApp(dialect);
    t.clock.setToday('2026-06-01');
    admin = await t.signIn('admin');
    policyId = await policyNamed(admin, 'hate-speech');
  }

  it('writes a CSV within the request, with the version in force, and records and audits the import', async () => {
    await setUp();
    const v1 = await publishedVersion(t, policyId, '1.0', '2026-02-01');
    const v2 = await publishedVersion(t, policyId, '2.0', '2026-03-02');
    const res = await upload(
      admin,
      csvFile(
        csvLine(),
        csvLine({ date: '2026-03-02', detection: 'human', median_hours_to_action: '', p90_hours_to_action: '' }),
      ),
      'text/csv',
      '?fileName=march.csv',
    );
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json();
    expect(record).toMatchObject({
      state: 'completed',
      fileName: 'march.csv',
      format: 'csv',
      source: 'upload',
      rows: 2,
      inserted: 2,
      replaced: 0,
      firstDay: '2026-03-01',
      lastDay: '2026-03-02',
      problemCount: 0,
    });
    expect(record.progress).toEqual({ rowsRead: 2, rowsWritten: 2, fraction: 1 });
    const rows = await metricRows(t);
    expect(rows.map((r) => [r.day, r.version_id, r.actioned, r.median_hours_to_action, r.import_id])).toEqual([
      ['2026-03-01', v1, 100, 1.5, record.id],
      ['2026-03-02', v2, 100, null, record.id],
    ]);
    expect((await admin.get(`/api/metrics/imports/${record.id}`)).json()).toEqual(record);
    const list = (await admin.get('/api/metrics/imports')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([record.id]);
    const audit = (await admin.get('/api/audit-events?limit=5')).json();
    expect(audit.items[0]).toMatchObject({ action: 'metric_import.completed', entityId: record.id });
  });

  it('replaces rows with the same key on a second ingest and counts them as replaced', async () => {
    await setUp();
    expect((await upload(admin, csvFile(csvLine(), csvLine({ detection: 'human' })))).statusCode).toBe(201);
    const again = await upload(
      admin,
      `{"date":"2026-03-01","policy":"HATE-SPEECH","market":"de","surface":"live","detection":"automated","actioned":300,"user_reports":1,"views":10,"violating_views":1,"qa_sampled":1,"qa_correct":1,"appeals":1,"appeals_overturned":1,"proactive":1}\n` +
        `{"date":"2026-03-03","policy":"hate-speech","market":"DE","surface":"LIVE","detection":"automated","actioned":5,"user_reports":1,"views":10,"violating_views":1,"qa_sampled":1,"qa_correct":1,"appeals":1,"appeals_overturned":1,"proactive":1,"median_hours_to_action":null}\n`,
      'application/x-ndjson',
    );
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ format: 'ndjson', rows: 2, inserted: 1, replaced: 1 });
    const rows = await metricRows(t);
    expect(rows.map((r) => [r.day, r.detection, r.actioned, r.p90_hours_to_action])).toEqual([
      ['2026-03-01', 'automated', 300, null],
      ['2026-03-01', 'human', 100, 6],
      ['2026-03-03', 'automated', 5, null],
    ]);
  });

  it('re-resolves stored rows when a version is published with its market dates', async () => {
    await setUp();
    const dims = (await admin.get('/api/applicability/dimensions')).json() as {
      markets: { id: string; code: string }[];
    };
    const de = dims.markets.find((m) => m.code === 'DE')!.id;
    const days = ['2026-02-01', '2026-03-01', '2026-04-01'];
    expect((await upload(admin, csvFile(...days.map((date) => csvLine({ date }))))).statusCode).toBe(201);
    expect((await metricRows(t)).map((r) => r.version_id)).toEqual([null, null, null]);
    const v1 = await publishedVersion(t, policyId, '1.0', '2026-01-15');
    expect((await metricRows(t)).map((r) => r.version_id)).toEqual([v1, v1, v1]);
    // Version 2 takes effect on 2026-02-15 everywhere but Germany, where it starts on 2026-03-15.
    const v2 = await publishedVersion(t, policyId, '2.0', '2026-02-15', [
      { marketId: de, effectiveDate: '2026-03-15' },
    ]);
    expect((await metricRows(t)).map((r) => r.version_id)).toEqual([v1, v1, v2]);
  });

  it('refuses viewers and contributors, and answers 404 for an unknown import', async () => {
    await setUp();
    for (const role of ['viewer', 'contributor'] as const) {
      const client = await t.signIn(role);
      expectProblem(await upload(client, csvFile(csvLine())), 403, 'FORBIDDEN');
      expectProblem(await client.get('/api/metrics/imports'), 403, 'FORBIDDEN');
      expectProblem(await client.get('/api/metrics/imports/template.csv'), 403, 'FORBIDDEN');
    }
    expect(await metricRows(t)).toEqual([]);
    expectProblem(await admin.get('/api/metrics/imports/0190a0b0-0000-7000-8000-000000000000'), 404, 'NOT_FOUND');
    const pm = await t.signIn('program_manager');
    expect((await upload(pm, csvFile(csvLine()))).statusCode).toBe(201);
  });

  it('marks files sent with an API token as the pipeline ingest (source api)', async () => {
    await setUp();
    const secret = (await admin.post('/api/account/tokens', { name: 'pipeline' })).json().secret as string;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/metrics/imports',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'text/csv; charset=utf-8' },
      payload: csvFile(csvLine()),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'api', state: 'completed', fileName: null });
  });

  it('serves a template whose example rows ingest as they are', async () => {
    await setUp();
    const res = await admin.get('/api/metrics/imports/template.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines).toHaveLength(3);
    const ingest = await upload(admin, res.body);
    expect(ingest.statusCode, ingest.body).toBe(201);
    expect(ingest.json()).toMatchObject({ rows: 2, inserted: 2 });
  });

  it('queues a large file as a job that records progress, then completes it', async () => {
    await setUp();
    const ingest = new MetricIngestService({
      db: t.database.scope,
      dialect,
      audit: t.services.audit,
      clock: t.clock,
      jobs: t.services.jobs,
      dimensions: t.services.applicabilityDimensions,
      timeline: t.services.metrics.timeline,
      inlineBytes: 100,
      progressEvery: 2,
    });
    const { Readable } = await import('node:stream');
    const lines = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05'].map((date) =>
      csvLine({ date }),
    );
    const actor = {
      ...admin.session!.user,
      version: 1,
      sessionId: null,
      sessionExpiresAt: null,
      tokenId: null,
      requestId: 'test',
    };
    const queued = await ingest.upload(actor, {
      body: Readable.from([csvFile(...lines)]),
      format: 'csv',
      fileName: 'big.csv',
      source: 'upload',
    });
    expect(queued).toMatchObject({ state: 'queued', rows: null });
    expect(await metricRows(t)).toEqual([]);
    await t.services.jobs.drain();
    const done = (await admin.get(`/api/metrics/imports/${queued.id}`)).json();
    expect(done).toMatchObject({
      state: 'completed',
      rows: 5,
      inserted: 5,
      progress: { rowsRead: 5, rowsWritten: 5, fraction: 1 },
    });
    expect(await metricRows(t)).toHaveLength(5);
  });
});
