import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, TEST_DATABASE_URL } from '../../../test/test-app.js';
import { csvFile, csvLine } from './ingest-test-kit.js';

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const PASSWORD = 'a long enough kill-test password';
/** Rows of the big file: far above the 2 MB inline limit (a job) and seconds of writing. */
const BIG_ROWS = 120_000;
const MARKETS = ['GLOBAL', 'EU', 'NA', 'APAC', 'LATAM', 'MENA', 'DE', 'FR', 'US', 'IN'];
const SURFACES = ['Feed videos', 'LIVE', 'Comments', 'Direct messages', 'Profiles', 'Search'];

function bigFile(): string {
  const lines: string[] = [];
  const start = Date.parse('2020-01-01');
  for (let d = 0; lines.length < BIG_ROWS; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (const market of MARKETS)
      for (const surface of SURFACES)
        for (const detection of ['automated', 'human']) lines.push(csvLine({ date, market, surface, detection }));
  }
  return csvFile(...lines.slice(0, BIG_ROWS));
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** SIGKILL to the server's own process group (it runs detached): the server and nothing else. */
function killGroup(child: ChildProcess | null, signal: NodeJS.Signals): void {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, signal);
}

async function until<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check().catch(() => null);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// The real server (npx tsx server/src/main.ts) on its own database, SIGKILLed while a large import
// writes; the test watches the import's state in the database itself (on SQLite the server's one
// connection is busy writing, so it would not answer). Then it starts again and is sent the file again.
describe.each(DIALECTS)('metric ingest killed mid-write on %s', (dialect) => {
  let folder: string;
  let server: ChildProcess | null = null;
  let pgDatabase: string | null = null;
  afterEach(async () => {
    killGroup(server, 'SIGKILL');
    rmSync(folder, { recursive: true, force: true });
    if (pgDatabase) {
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${pgDatabase} WITH (FORCE)`);
      await admin.end();
    }
  });

  it('leaves metric_daily as it was, fails the import on restart, and completes when sent again', async () => {
    folder = mkdtempSync(join(tmpdir(), 'policyops-ingest-kill-'));
    let databaseUrl = `file:${join(folder, 'kill.db')}`;
    if (dialect === 'postgres') {
      pgDatabase = `ingest_kill_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${pgDatabase}`);
      await admin.end();
      const url = new URL(TEST_DATABASE_URL);
      url.pathname = `/${pgDatabase}`;
      databaseUrl = url.toString();
    }
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const start = async () => {
      // node with tsx's loader: `npx tsx` in one process, so SIGKILL reaches the server itself.
      const log = openSync(join(folder, 'server.log'), 'a');
      server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
        cwd: ROOT,
        detached: true,
        stdio: ['ignore', log, log],
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          HOST: '127.0.0.1',
          PUBLIC_URL: base,
          SESSION_SECRET: 'k'.repeat(40),
          AUDIT_KEY: 'a'.repeat(40),
          LOG_LEVEL: 'silent',
          SAMPLE_METRICS: 'off',
          NODE_ENV: 'development',
        },
      });
      await until(async () => (await fetch(`${base}/readyz`)).ok, 60_000, 'the server');
    };
    const query = async <T>(sql: string): Promise<T[]> => {
      if (dialect === 'sqlite') {
        const db = new SqliteDatabase(join(folder, 'kill.db'), { readonly: true });
        try {
          return db.prepare(sql).all() as T[];
        } finally {
          db.close();
        }
      }
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        return (await client.query(sql)).rows as T[];
      } finally {
        await client.end();
      }
    };
    const count = async () => Number((await query<{ n: number }>('select count(*) as n from metric_daily'))[0]!.n);

    await start();
    const setup = await fetch(`${base}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@kill.test', name: 'Admin', password: PASSWORD }),
    });
    expect(setup.status).toBe(201);
    const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0]!;
    const csrf = ((await setup.json()) as { csrfToken: string }).csrfToken;
    const tokenRes = await fetch(`${base}/api/account/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf },
      body: JSON.stringify({ name: 'kill test' }),
    });
    const token = ((await tokenRes.json()) as { secret: string }).secret;
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
    const json = (body: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const area = (await (await api('/api/policy-areas', json({ name: 'Kill' }))).json()) as { id: string };
    expect(
      (await api('/api/policies', json({ title: 'Hate speech', slug: 'hate-speech', areaId: area.id }))).status,
    ).toBe(201);
    const send = (body: string) =>
      api('/api/metrics/imports', { method: 'POST', headers: { 'content-type': 'text/csv' }, body });

    // The content before: one row, which the killed import must leave as it is.
    expect((await send(csvFile(csvLine({ date: '2019-06-01', actioned: 700 })))).status).toBe(201);
    const file = bigFile();
    const queued = await send(file);
    expect(queued.status).toBe(202);
    const importId = ((await queued.json()) as { id: string }).id;
    await until(
      async () =>
        (await query<{ state: string }>(`select state from metric_imports where id = '${importId}'`))[0]?.state ===
        'writing',
      60_000,
      'the import to write',
    );
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    killGroup(server, 'SIGKILL');
    await exited;
    expect(await count()).toBe(1);

    await start();
    const after = (await (await api(`/api/metrics/imports/${importId}`)).json()) as {
      state: string;
      problems: { message: string }[];
    };
    expect(after.state).toBe('failed');
    expect(after.problems[0]!.message).toContain('Send the file again');
    expect(await count()).toBe(1);

    const again = (await (await send(file)).json()) as { id: string };
    const done = await until(
      async () => {
        const record = (await (await api(`/api/metrics/imports/${again.id}`)).json()) as {
          state: string;
          inserted: number;
        };
        return record.state === 'completed' || record.state === 'failed' ? record : null;
      },
      60_000,
      'the import to complete',
    );
    expect(done).toMatchObject({ state: 'completed', inserted: BIG_ROWS });
    expect(await count()).toBe(BIG_ROWS + 1);
    const stopped = new Promise((resolve) => server!.once('exit', resolve));
    killGroup(server, 'SIGTERM');
    await stopped;
  }, 180_000);
});
