import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadConfig } from '../../config/config.js';
import { migrateToLatest, openDatabase, type DatabaseHandle } from '../../db/database.js';
import { createJobQueue } from './index.js';

const FIXTURE = fileURLToPath(new URL('./kill-fixture.ts', import.meta.url));

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// The embedded queue across a real kill -9: pg-boss's side (expiry of a dead server's active jobs) is pg-boss's.
describe('job queue on sqlite, killed mid-run', () => {
  let folder: string;
  let database: DatabaseHandle | null = null;
  afterEach(async () => {
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('loses no job and runs a completed one never again', async () => {
    folder = mkdtempSync(join(tmpdir(), 'policyops-jobs-'));
    const file = join(folder, 'jobs.db');
    const marker = join(folder, 'started');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: `file:${file}`, SESSION_SECRET: 'x'.repeat(32) });
    database = openDatabase(config.database);
    await migrateToLatest(database.db);

    const runs: number[] = [];
    const define = () => {
      const queue = createJobQueue(database!, config.database);
      queue.define('test.slow', { schema: z.object({ n: z.number() }) }, async ({ n }) => {
        runs.push(n);
      });
      return queue;
    };
    const before = define();
    await before.send('test.slow', { n: 1 });
    await before.drain();
    expect(runs).toEqual([1]);
    const killedId = (await before.send('test.slow', { n: 2 }))!;

    const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, file, marker], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    await until(() => existsSync(marker), 20_000);
    expect((await before.get(killedId))!.state).toBe('active');
    child.kill('SIGKILL');
    await exited;

    const after = define();
    await after.start();
    await after.stop();
    expect(runs).toEqual([1, 2]);
    expect((await after.get(killedId))!).toMatchObject({ state: 'completed', attempts: 2 });
    expect(await after.list('completed', 10, null)).toHaveLength(2);
  }, 40_000);
});
