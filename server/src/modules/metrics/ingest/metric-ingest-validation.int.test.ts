import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../../db/scope.js';
import { createTestApp, DIALECTS, expectProblem, type TestApp, type TestClient } from '../../../test/test-app.js';
import { csvFile, csvLine, daysFrom, HEADER, policyNamed, upload } from './ingest-test-kit.js';

type Problem = { line: number; field: string | null; message: string };

async function metricRows(t: TestApp) {
  return queryBuilder(t.database.scope)
    .selectFrom('metric_daily')
    .selectAll()
    .orderBy('day')
    .orderBy('detection')
    .execute();
}

describe.each(DIALECTS)('metric ingest validation on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let manager: TestClient;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday('2026-06-01');
    admin = await t.signIn('admin');
    manager = await t.signIn('program_manager');
    await policyNamed(admin, 'hate-speech');
    await policyNamed(admin, 'secret-policy', { restricted: true });
    // One good day already stored: a rejected file must leave it exactly as it is.
    expect((await upload(admin, csvFile(csvLine({ date: '2026-01-01' })))).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  /** Sends a file that must be rejected; checks the 400, the stored report and that nothing changed. */
  async function rejected(body: string | Buffer, contentType = 'text/csv', client = admin): Promise<Problem[]> {
    const before = await metricRows(t);
    const res = await upload(client, body, contentType, '?fileName=bad.csv');
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED') as unknown as {
      errors: { path: string; message: string; line: number }[];
      detail: string;
    };
    const id = String(res.headers['x-metric-import-id']);
    expect(res.headers.location).toBe(`/api/metrics/imports/${id}`);
    expect(problem.detail).toContain(id);
    const record = (await admin.get(`/api/metrics/imports/${id}`)).json();
    expect(record.state).toBe('rejected');
    expect(problem.errors).toEqual(
      record.problems.map((p: Problem) => ({
        path: p.field ? `body.${p.field}` : 'body',
        message: p.message,
        line: p.line,
      })),
    );
    expect(await metricRows(t)).toEqual(before);
    return record.problems as Problem[];
  }

  it('names unknown policies, markets and surfaces (names are case-insensitive)', async () => {
    const problems = await rejected(
      csvFile(
        csvLine({ policy: 'HATE-SPEECH', market: 'de', surface: 'live' }),
        csvLine({ date: '2026-03-02', policy: 'nope', market: 'XX', surface: 'Moon' }),
      ),
    );
    expect(problems).toEqual([
      { line: 3, field: 'policy', message: 'Unknown policy: nope' },
      { line: 3, field: 'market', message: 'Unknown market code: XX' },
      { line: 3, field: 'surface', message: 'Unknown surface: Moon' },
    ]);
  });

  it('reads a restricted policy the sender may not see as unknown', async () => {
    const problems = await rejected(csvFile(csvLine({ policy: 'secret-policy' })), 'text/csv', manager);
    expect(problems).toEqual([{ line: 2, field: 'policy', message: 'Unknown policy: secret-policy' }]);
  });

  it('refuses negative counts, numerators above denominators, p90 below the median, bad and future dates', async () => {
    const problems = await rejected(
      csvFile(
        csvLine({ date: '2026-03-01', actioned: -1, appeals: 0, appeals_overturned: 0, proactive: 0 }),
        csvLine({ date: '2026-03-02', qa_correct: 21 }),
        csvLine({ date: '2026-03-03', median_hours_to_action: 5, p90_hours_to_action: 4 }),
        csvLine({ date: '2026-02-30' }),
        csvLine({ date: '2026-06-02' }),
        csvLine({ date: '2026-03-04', views: 'many' }),
      ),
    );
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'actioned'],
      [3, 'qa_correct'],
      [4, 'p90_hours_to_action'],
      [5, 'date'],
      [6, 'date'],
      [7, 'views'],
    ]);
    expect(problems[0]!.message).toBe('actioned must not be negative (got "-1")');
    expect(problems[1]!.message).toBe('qa_correct (21) is above qa_sampled (20)');
    expect(problems[4]!.message).toContain('in the future');
    expect(problems[5]!.message).toBe('views must be a whole number (got "many")');
  });

  it('names both lines of a key repeated within the file', async () => {
    const problems = await rejected(csvFile(csvLine(), csvLine({ detection: 'human' }), csvLine({ actioned: 101 })));
    expect(problems).toEqual([
      { line: 4, field: null, message: 'Repeats line 2: the same date, policy, market, surface and detection' },
    ]);
  });

  it('refuses unknown and missing columns in the header, and unknown NDJSON fields', async () => {
    expect(await rejected(`${HEADER},colour\n${csvLine()},red\n`)).toEqual([
      { line: 1, field: null, message: 'Unknown columns: colour (the template lists the columns)' },
    ]);
    expect(await rejected('date,policy\n2026-03-01,hate-speech\n')).toMatchObject([{ line: 1, field: null }]);
    const ndjson = await rejected(
      '{"date":"2026-03-01","policy":"hate-speech","market":"DE","surface":"LIVE","detection":"automated","actioned":1,"user_reports":1,"views":1,"violating_views":1,"qa_sampled":1,"qa_correct":1,"appeals":1,"appeals_overturned":1,"proactive":1,"colour":"red"}\n',
      'application/x-ndjson',
    );
    expect(ndjson).toEqual([{ line: 1, field: 'colour', message: 'Unknown fields: colour' }]);
  });

  it('refuses files of the wrong type or encoding at line 0, naming the file', async () => {
    const json = await rejected('[{"date":"2026-03-01"}]\n');
    expect(json).toEqual([
      {
        line: 0,
        field: null,
        message: 'The file bad.csv looks like JSON, not CSV (send NDJSON as application/x-ndjson)',
      },
    ]);
    const latin1 = Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0x4d, 0xfc, 0x6e, 0x0a])]);
    expect(await rejected(latin1)).toEqual([{ line: 0, field: null, message: 'The file bad.csv is not UTF-8 text' }]);
    const binary = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]);
    expect(await rejected(binary)).toEqual([
      { line: 0, field: null, message: 'The file bad.csv is binary, not a text file' },
    ]);
    expect(await rejected(csvFile(csvLine()), 'application/x-ndjson')).toMatchObject([{ line: 0, field: null }]);
  });

  it('reports the first 200 problems and counts them all; a BOM and CRLF are fine', async () => {
    const lines = daysFrom('2025-01-01', 250).map((date) => csvLine({ date, qa_correct: 99 }));
    const problems = await rejected(csvFile(...lines));
    expect(problems).toHaveLength(200);
    const list = (await admin.get('/api/metrics/imports?limit=1')).json();
    expect(list.items[0].problemCount).toBe(250);
    const ok = await upload(admin, `\uFEFF${HEADER}\r\n${csvLine({ date: '2026-04-01' })}\r\n`);
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses a body that is not CSV or NDJSON with 415', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/metrics/imports', payload: { rows: [] } });
    expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
  });
});
