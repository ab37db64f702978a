import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policyops-main-'));

describe('server process', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on the embedded database, migrates it, serves health checks and shuts down cleanly on SIGTERM', async () => {
    const port = 3400 + Math.floor(Math.random() * 500);
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./main.ts', import.meta.url))], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `file:${join(dir, 'main.db')}`,
        LOG_LEVEL: 'warn',
        SESSION_SECRET: undefined,
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let ready: Response | null = null;
    for (let i = 0; i < 100 && !ready?.ok; i++) {
      await new Promise((r) => setTimeout(r, 200));
      ready = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
    }
    expect(await ready?.json()).toEqual({ status: 'ok', database: 'sqlite' });
    const setup = (await (await fetch(`http://127.0.0.1:${port}/api/setup`)).json()) as { needsSetup: boolean };
    expect(setup.needsSetup).toBe(true);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
