import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'policyops-cli-'));
const env = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, 'cli.db')}`,
  SESSION_SECRET: 's'.repeat(40),
  POLICYOPS_PASSWORD: 'a long enough password',
  // The demo's 800k metric rows would take this test past its timeout; the metrics sample has its own test.
  SAMPLE_METRICS: 'off',
};

function run(script: string, ...args: string[]) {
  const file = fileURLToPath(new URL(`./${script}.ts`, import.meta.url));
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

describe('command-line tools on the embedded database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates an admin, loads the sample workspace once, and verifies then flags a tampered audit chain', () => {
    const created = run('admin', 'create-user', '--email', 'Root@Example.com', '--name', 'Root Admin');
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/Created admin Root Admin <root@example.com>/);
    expect(run('admin', 'create-user', '--email', 'root@example.com', '--name', 'Again').status).toBe(1);
    const invalid = run('admin', 'create-user', '--email', 'nope', '--name', 'X');
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('--email');

    const demo = run('demo');
    expect(demo.stdout).toMatch(/people: 13/);
    expect(run('demo').status).toBe(1);

    const intact = run('audit-verify');
    expect(intact.status).toBe(0);
    expect(intact.stdout).toMatch(/Audit chain intact: \d+ events verified/);

    const db = new Database(join(dir, 'cli.db'));
    db.prepare("update audit_events set action = 'user.updated' where seq = 5").run();
    db.close();
    const broken = run('audit-verify');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/BROKEN at event #5/);
  });
});
