import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTE_SAMPLES, createSampleRecords } from '../../test/route-samples.js';
import { DIALECTS, TEST_AUDIT_KEY, createTestApp } from '../../test/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'policyops-audit-key-start-'));
const MAIN = fileURLToPath(new URL('../../main.ts', import.meta.url));
const ADMIN = { email: 'first@example.com', name: 'First Admin', password: 'a long enough password' };

/** Starts the server on the embedded database in `dir`, without AUDIT_KEY, until `work` is done. */
async function withServer(work: (url: string) => Promise<void>): Promise<string> {
  const port = 3900 + Math.floor(Math.random() * 500);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: `file:${join(dir, 'policyops.db')}`,
    LOG_LEVEL: 'info',
  };
  delete env.AUDIT_KEY;
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  try {
    let ready = false;
    // Generous: tsx compiles the server on start, and these machines are shared.
    for (let i = 0; i < 300 && !ready; i++) {
      await new Promise((r) => setTimeout(r, 200));
      ready = (await fetch(`${url}/readyz`).catch(() => null))?.ok ?? false;
    }
    expect(ready, output).toBe(true);
    await work(url);
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
  return output;
}

async function verification(url: string, response: Response) {
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const reply = await fetch(`${url}/api/audit-events/verification`, { headers: { cookie } });
  return { text: await reply.text(), cookie, session: (await response.json()) as { csrfToken: string } };
}

describe('the audit key file', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'is created at first start, reused at the next, and appears in no reply or log line',
    { timeout: 180_000 },
    async () => {
      const replies: string[] = [];
      const firstLog = await withServer(async (url) => {
        const setup = await fetch(`${url}/api/setup`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(ADMIN),
        });
        expect(setup.status).toBe(201);
        const { text } = await verification(url, setup);
        replies.push(text);
        expect(JSON.parse(text)).toMatchObject({ ok: true });
      });
      const keyFile = join(dir, 'audit-key');
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      const key = readFileSync(keyFile, 'utf8');

      const secondLog = await withServer(async (url) => {
        const login = await fetch(`${url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
        });
        const { text, cookie, session } = await verification(url, login);
        replies.push(text);
        // The events written at the first start verify under the key read at this one.
        expect(JSON.parse(text)).toMatchObject({ ok: true, firstBadSeq: null });
        expect(JSON.parse(text).checked).toBeGreaterThanOrEqual(3);
        const exported = await fetch(`${url}/api/audit-events/checkpoints`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': session.csrfToken, origin: url, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(exported.status).toBe(201);
        replies.push(await exported.text());
        replies.push(await (await fetch(`${url}/api/audit-events?limit=100`, { headers: { cookie } })).text());
      });
      expect(readFileSync(keyFile, 'utf8')).toBe(key);
      for (const text of [...replies, firstLog, secondLog]) expect(text).not.toContain(key);
    },
  );
});

describe.each(DIALECTS)('API replies on %s', (dialect) => {
  it('never carry the audit key, on any route an admin can read', async () => {
    const t = await createTestApp(dialect);
    try {
      const admin = await t.signIn('admin');
      const ids = await createSampleRecords(admin, (await t.signIn('viewer')).userId);
      await admin.post('/api/audit-events/checkpoints');
      const reads = t.routes.filter((r) => r.method === 'GET' || r.operationId === 'exportAuditCheckpoint');
      expect(reads.length).toBeGreaterThan(20);
      for (const route of reads) {
        const res = await admin.request({ method: route.method as 'GET', ...ROUTE_SAMPLES[route.operationId!]!(ids) });
        expect(res.body, `${route.method} ${route.url}`).not.toContain(TEST_AUDIT_KEY);
      }
    } finally {
      await t.close();
    }
  });
});
