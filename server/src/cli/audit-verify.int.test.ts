import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { GENESIS_HASH, keyedChainHash, legacyChainHash, type ChainedFields } from '../modules/audit/audit-chain.js';
import { AuditKey } from '../modules/audit/audit-key.js';
import { signInAs } from '../test/test-app.js';

const dir = mkdtempSync(join(tmpdir(), 'policyops-audit-cli-'));
const dbFile = join(dir, 'cli.db');
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:${dbFile}`,
  SESSION_SECRET: 's'.repeat(40),
  POLICYOPS_PASSWORD: 'a long enough password',
};
delete env.AUDIT_KEY;

function run(script: string, ...args: string[]) {
  const file = fileURLToPath(new URL(`./${script}.ts`, import.meta.url));
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { env, encoding: 'utf8', timeout: 60_000 });
}

/** An admin exports a checkpoint through the API, as the audit page does; then more happens. */
async function exportCheckpoint(): Promise<{ seq: number; hash: string }> {
  const config = loadConfig(env);
  const database = openDatabase(config.database);
  await migrateToLatest(database.db);
  const { app } = await buildApp(config, database, { logger: false });
  try {
    const admin = await signInAs(app, 'root@example.com', 'a long enough password');
    const res = await admin.post('/api/audit-events/checkpoints');
    expect(res.statusCode).toBe(201);
    writeFileSync(join(dir, 'checkpoint.json'), res.body);
    await admin.post('/api/teams', { name: 'After the checkpoint', function: 'legal' });
    return res.json();
  } finally {
    await app.close();
    await database.close();
  }
}

type Row = { seq: number; id: string; occurred_at: string; actor_id: string | null; action: string } & Record<
  'entity_type' | 'entity_id' | 'before_json' | 'after_json' | 'request_id' | 'hash',
  string | null
>;

/** Edits event `seq` and recomputes every hash from it with `hash`, moving the head too. */
function rewriteFrom(seq: number, hash: (prev: string, e: ChainedFields) => string): void {
  const db = new Database(dbFile);
  db.prepare(`update audit_events set after_json = '{"name":"rewritten"}' where seq = ?`).run(seq);
  const rows = db.prepare('select * from audit_events order by seq').all() as Row[];
  let prev = GENESIS_HASH;
  for (const r of rows) {
    if (r.seq >= seq) {
      const fields = {
        seq: r.seq,
        id: r.id,
        occurredAt: r.occurred_at,
        actorId: r.actor_id,
        action: r.action,
        entityType: r.entity_type!,
        entityId: r.entity_id!,
        beforeJson: r.before_json,
        afterJson: r.after_json,
        requestId: r.request_id,
      };
      r.hash = hash(prev, fields);
      db.prepare('update audit_events set prev_hash = ?, hash = ? where seq = ?').run(prev, r.hash, r.seq);
    }
    prev = r.hash!;
  }
  db.prepare('update audit_chain_head set last_hash = ? where id = 1').run(prev);
  db.close();
}

describe('npm run audit:verify on the embedded database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'checks exported checkpoints, names what is wrong and exits 1; usage errors exit 2',
    { timeout: 120_000 },
    async () => {
      expect(run('admin', 'create-user', '--email', 'root@example.com', '--name', 'Root').status).toBe(0);
      expect(run('demo').status).toBe(0);
      const checkpoint = await exportCheckpoint();
      const file = join(dir, 'checkpoint.json');

      const intact = run('audit-verify', '--checkpoint', file);
      expect(intact.stderr).toBe('');
      expect(intact.status).toBe(0);
      expect(intact.stdout).toMatch(/Audit chain intact: \d+ events verified\./);
      expect(intact.stdout).toContain(`Checkpoint ${file} holds: event #${checkpoint.seq} still has the signed hash.`);
      expect(run('audit-verify', '--seal-legacy').stdout).toMatch(/Nothing to seal: every event is keyed/);

      const tampered = join(dir, 'tampered.json');
      writeFileSync(tampered, JSON.stringify({ ...checkpoint, seq: checkpoint.seq - 1 }));
      const refused = run('audit-verify', '--checkpoint', file, '--checkpoint', tampered);
      expect(refused.status).toBe(1);
      expect(refused.stdout).toContain(`Checkpoint ${file} holds`);
      expect(refused.stderr).toContain(`Checkpoint ${tampered} FAILED: its signature does not match its contents`);
      writeFileSync(tampered, 'not json');
      expect(run('audit-verify', '--checkpoint', tampered).stderr).toMatch(/not a PolicyOps audit checkpoint/);

      const missingFile = run('audit-verify', '--checkpoint', join(dir, 'nowhere.json'));
      expect(missingFile.status).toBe(2);
      expect(missingFile.stderr).toMatch(/Cannot read checkpoint .*nowhere\.json/);
      const unknown = run('audit-verify', '--checkpiont', file);
      expect(unknown.status).toBe(2);
      expect(unknown.stderr).toContain('Usage:');

      // Someone with the key rewrites event 3 and re-seals the chain: it verifies, the checkpoint does not.
      const key = new AuditKey(readFileSync(join(dir, 'audit-key'), 'utf8'));
      rewriteFrom(3, (prev, e) => keyedChainHash(key, prev, e));
      const rewritten = run('audit-verify', '--checkpoint', file);
      expect(rewritten.status).toBe(1);
      expect(rewritten.stdout).toMatch(/Audit chain intact/);
      expect(rewritten.stderr).toContain(
        `FAILED: the hash of event #${checkpoint.seq} differs from the checkpoint: history up to it was rewritten.`,
      );

      // A tail truncated after the checkpoint: only the checkpoint notices.
      const db = new Database(dbFile);
      db.prepare('delete from audit_events where seq >= ?').run(checkpoint.seq - 1);
      db.prepare(
        'update audit_chain_head set seq = ?, last_hash = (select hash from audit_events where seq = ?) where id = 1',
      ).run(checkpoint.seq - 2, checkpoint.seq - 2);
      db.close();
      expect(run('audit-verify').status).toBe(0);
      const truncated = run('audit-verify', '--checkpoint', file);
      expect(truncated.status).toBe(1);
      expect(truncated.stderr).toContain(
        `FAILED: event #${checkpoint.seq} is missing: the chain was truncated after this checkpoint was exported (it now ends at #${checkpoint.seq - 2}).`,
      );

      rewriteFrom(5, legacyChainHash);
      const broken = run('audit-verify');
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/Audit chain BROKEN at event #5: its content does not match its hash/);
    },
  );
});
