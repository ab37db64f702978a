import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestApp, DIALECTS, type TestApp } from '../../test/test-app.js';
import { JobQueue, pgBossSchemaOf } from './index.js';
import type { JobStore } from './job-store.js';
import { PgBossJobStore } from './pg-boss-jobs.repository.js';
import { SqliteJobStore } from './sqlite-jobs.repository.js';

const FIXTURE = fileURLToPath(new URL('./kill-fixture.ts', import.meta.url));
const WorkSchema = z.object({ holdMs: z.number() });
/** The killed server's hold: far longer than the test, it never finishes on its own. */
const FOREVER_MS = 600_000;

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// A real server process (kill-fixture.ts) on the same database as the test, killed with SIGKILL or
// stopped with SIGTERM while a job runs; then a new queue plays the restarted server. Each handler
// appends its job's id to a file once its work is done, so a job run twice shows up twice.
describe.each(DIALECTS)('job queue on %s across a restart of its server process', (dialect) => {
  let t: TestApp;
  let folder: string;
  let effects: string;
  let marker: string;
  const queues: JobQueue[] = [];
  const servers: ChildProcess[] = [];

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'policyops-jobs-'));
    effects = join(folder, 'effects');
    marker = join(folder, 'started');
    // The embedded database in a file, so that the server process opens it too.
    t = await createTestApp(dialect, dialect === 'sqlite' ? { DATABASE_URL: `file:${join(folder, 'jobs.db')}` } : {});
  });
  afterEach(async () => {
    // A server a failed test left running (an exited one ignores the signal).
    for (const server of servers.splice(0)) server.kill('SIGKILL');
    for (const queue of queues.splice(0)) await queue.stop();
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const storeOf = (): JobStore => {
    const config = t.config.database;
    return config.kind === 'postgres'
      ? new PgBossJobStore(config.url, pgBossSchemaOf(config), () => undefined, {
          expireInSeconds: 3,
          maintenanceIntervalSeconds: 1,
        })
      : new SqliteJobStore(t.database.scope);
  };

  /** A server of this test: its handler never holds; on PostgreSQL, jobs expire 3 s after they start. */
  const open = (store: JobStore = storeOf()) => {
    const queue = new JobQueue({ store, pollMs: 100 });
    queue.define('test.work', { schema: WorkSchema, retry: { delaySeconds: 0, backoff: 'fixed' } }, async (_p, job) => {
      appendFileSync(effects, `${job.id}\n`);
    });
    queues.push(queue);
    return queue;
  };

  const runServer = () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', FIXTURE, JSON.stringify({ database: t.config.database, effects, marker })],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    servers.push(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, exited };
  };

  const sideEffects = () => (existsSync(effects) ? readFileSync(effects, 'utf8').split('\n').filter(Boolean) : []);
  const stateOf = async (queue: JobQueue, id: string) => (await queue.get(id))?.state;

  /** Sends a job done at once, one the server holds (`holdMs`), one left waiting behind it. */
  const sendThree = async (queue: JobQueue, holdMs: number) => {
    const done = (await queue.send('test.work', { holdMs: 0 }))!;
    const held = (await queue.send('test.work', { holdMs }))!;
    const waiting = (await queue.send('test.work', { holdMs: 0 }))!;
    return { done, held, waiting };
  };

  it('killed mid-run: runs the interrupted job again, a completed one never again, and loses none', async () => {
    const before = open();
    const { done, held, waiting } = await sendThree(before, FOREVER_MS);

    const server = runServer();
    await until(() => existsSync(marker), 20_000);
    expect(readFileSync(marker, 'utf8')).toBe(held);
    expect(await stateOf(before, done)).toBe('completed');
    expect(await stateOf(before, held)).toBe('active');
    expect(await stateOf(before, waiting)).toBe('pending');
    server.child.kill('SIGKILL');
    await server.exited;
    expect(sideEffects()).toEqual([done]);

    const after = open();
    await after.start();
    await until(async () => (await after.list('completed', 10, null)).length === 3, 20_000);

    expect(sideEffects().sort()).toEqual([done, held, waiting].sort());
    expect(await after.get(done)).toMatchObject({ state: 'completed', attempts: 1 });
    expect(await after.get(held)).toMatchObject({ state: 'completed', attempts: 2 });
    expect(await after.get(waiting)).toMatchObject({ state: 'completed', attempts: 1 });
    for (const state of ['pending', 'active', 'failed'] as const) expect(await after.list(state, 10, null)).toEqual([]);
  }, 30_000);

  it('stopped gracefully mid-run: finishes the running job, and the next server runs only what was left', async () => {
    const before = open();
    const { done, held, waiting } = await sendThree(before, 500);

    const server = runServer();
    await until(() => existsSync(marker), 20_000);
    expect(await stateOf(before, held)).toBe('active');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(sideEffects()).toEqual([done, held]);
    expect(await stateOf(before, held)).toBe('completed');
    expect(await stateOf(before, waiting)).toBe('pending');

    const after = open();
    await after.start();
    await until(async () => (await stateOf(after, waiting)) === 'completed', 20_000);

    expect(sideEffects()).toEqual([done, held, waiting]);
    expect(await after.get(held)).toMatchObject({ state: 'completed', attempts: 1 });
  }, 30_000);

  it('stopped while it claims a job: runs that job before it stops, so nothing is left active', async () => {
    const store = storeOf();
    let gated = false;
    let entered = () => undefined as void;
    let release = () => undefined as void;
    const claiming = new Promise<void>((resolve) => (entered = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The store as is, but a claim, once gated, waits for the test: stop() comes in the middle of it.
    const slowClaims = new Proxy(store, {
      get(target, property, receiver) {
        if (property !== 'claim') return Reflect.get(target, property, receiver) as unknown;
        return async (...args: Parameters<JobStore['claim']>) => {
          if (gated) {
            entered();
            await gate;
          }
          return target.claim(...args);
        };
      },
    });
    const server = open(slowClaims);
    const observer = open();
    await server.start();
    gated = true;
    const id = (await observer.send('test.work', { holdMs: 0 }))!;
    await claiming;
    const stopping = server.stop();
    release();
    await stopping;

    expect(sideEffects()).toEqual([id]);
    expect(await observer.get(id)).toMatchObject({ state: 'completed', attempts: 1 });
  }, 30_000);
});
