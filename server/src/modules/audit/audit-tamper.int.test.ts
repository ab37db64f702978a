import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, TEST_AUDIT_KEY, createTestApp, type TestApp } from '../../test/test-app.js';
import { keyedChainHash } from './audit-chain.js';
import { AuditKey } from './audit-key.js';

const GENESIS = '0'.repeat(64);

interface Row {
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  hash: string;
}

/** What anyone who reads the source can compute without the key: the plain SHA-256 link of the old chain. */
function plainHash(prevHash: string, r: Row): string {
  const payload = JSON.stringify([
    Number(r.seq),
    r.id,
    r.occurred_at,
    r.actor_id,
    r.action,
    r.entity_type,
    r.entity_id,
    r.before_json,
    r.after_json,
    r.request_id,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(payload).digest('hex');
}

/** Someone who holds the audit key (or runs the app's code): the keyed link, recomputed. */
function keyedHash(prevHash: string, r: Row): string {
  return keyedChainHash(new AuditKey(TEST_AUDIT_KEY), prevHash, {
    seq: Number(r.seq),
    id: r.id,
    occurredAt: r.occurred_at,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    beforeJson: r.before_json,
    afterJson: r.after_json,
    requestId: r.request_id,
  });
}

/** Recomputes every hash from `fromSeq` on (plain SHA-256 unless told otherwise) and moves the head. */
async function rehash(
  t: TestApp,
  fromSeq: number,
  options: { downgrade?: boolean; hash?: (prevHash: string, r: Row) => string } = {},
): Promise<void> {
  const db = t.database.db;
  const rows = (await db.selectFrom('audit_events').selectAll().orderBy('seq').execute()) as unknown as Row[];
  let prev = GENESIS;
  for (const row of rows) {
    if (Number(row.seq) >= fromSeq) {
      const hash = (options.hash ?? plainHash)(prev, row);
      const downgrade = options.downgrade ? sql`, hash_scheme = 'sha256'` : sql``;
      await sql`update audit_events set prev_hash = ${prev}, hash = ${hash}${downgrade} where seq = ${row.seq}`.execute(
        db,
      );
      row.hash = hash;
    }
    prev = row.hash;
  }
  await sql`update audit_chain_head set last_hash = ${prev} where id = 1`.execute(db);
}

/** Deletes every event from `fromSeq` on and rolls the head back to the event before it. */
async function truncateFrom(t: TestApp, fromSeq: number): Promise<void> {
  const db = t.database.db;
  await sql`delete from audit_events where seq >= ${fromSeq}`.execute(db);
  await sql`update audit_chain_head set seq = ${fromSeq - 1},
    last_hash = (select hash from audit_events where seq = ${fromSeq - 1}) where id = 1`.execute(db);
}

describe.each(DIALECTS)('audit chain against a database writer on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  async function someHistory() {
    const admin = await t.signIn('admin');
    for (const name of ['A', 'B', 'C']) await admin.post('/api/teams', { name, function: 'legal' });
    return admin;
  }

  it('detects an edited event whose later hashes were recomputed with plain SHA-256', async () => {
    await someHistory();
    await sql`update audit_events set after_json = ${'{"name":"Z"}'} where seq = 3`.execute(t.database.db);
    t.skipAuditPayloadCheck('rewrites event #3 on purpose, to prove the verifier notices');
    await rehash(t, 3);
    const result = await t.services.audit.verify();
    expect(result).toMatchObject({ ok: false, firstBadSeq: 3, checked: 2 });
    expect(result.reason).toMatch(/does not match its hash/);
  });

  it('detects the same rewrite when the rewritten events also claim the old unkeyed scheme', async () => {
    await someHistory();
    await sql`update audit_events set after_json = ${'{"name":"Z"}'} where seq = 3`.execute(t.database.db);
    t.skipAuditPayloadCheck('rewrites event #3 on purpose, to prove the verifier notices');
    await rehash(t, 3, { downgrade: true });
    expect(await t.services.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3 });

    // Rewriting the whole history as "written before keyed hashing" is refused too: no seal covers it.
    await rehash(t, 1, { downgrade: true });
    const whole = await t.services.audit.verify();
    expect(whole).toMatchObject({ ok: false, firstBadSeq: 1, checked: 0 });
    expect(whole.reason).toMatch(/no seal covers it/);
  });

  it('cannot tell a truncated tail without a checkpoint, and can with one exported before it', async () => {
    const admin = await someHistory();
    const exported = await admin.post('/api/audit-events/checkpoints');
    expect(exported.statusCode).toBe(201);
    expect(exported.headers['content-disposition']).toMatch(
      /attachment; filename="policyops-audit-checkpoint-\d+\.json"/,
    );
    const checkpoint = exported.json();
    expect(checkpoint).toMatchObject({ format: 'policyops-audit-checkpoint-v1', eventCount: checkpoint.seq });
    await admin.post('/api/teams', { name: 'D', function: 'legal' });

    await truncateFrom(t, checkpoint.seq - 1);
    // Inherent: with the head rolled back, what remains is a valid shorter chain.
    expect(await t.services.audit.verify()).toMatchObject({ ok: true, checked: checkpoint.seq - 2 });
    const check = await t.services.audit.checkCheckpoint(checkpoint);
    expect(check.ok).toBe(false);
    expect(check.reason).toMatch(new RegExp(`event #${checkpoint.seq} is missing: the chain was truncated`));
  });

  it('does not notice a truncation that keeps the newest checkpointed event (the documented limit)', async () => {
    const admin = await someHistory();
    const checkpoint = (await admin.post('/api/audit-events/checkpoints')).json();
    await admin.post('/api/teams', { name: 'D', function: 'legal' });
    await truncateFrom(t, checkpoint.seq + 1);
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
    expect(await t.services.audit.checkCheckpoint(checkpoint)).toMatchObject({ ok: true });
  });

  it('records the export with the seq and hash it covers, for admins only', async () => {
    const admin = await someHistory();
    const checkpoint = (await admin.post('/api/audit-events/checkpoints')).json();
    const [event] = (await admin.get('/api/audit-events?action=audit.checkpoint_exported')).json().items;
    expect(event).toMatchObject({
      seq: checkpoint.seq + 1,
      actor: { id: admin.userId },
      entityType: 'audit_chain',
      after: { seq: checkpoint.seq, hash: checkpoint.hash, keyId: checkpoint.keyId },
    });
    const viewer = await t.signIn('viewer');
    expect((await viewer.post('/api/audit-events/checkpoints')).statusCode).toBe(403);
  });

  it('refuses a checkpoint file whose seq or hash was changed, or that another key signed', async () => {
    const admin = await someHistory();
    const checkpoint = (await admin.post('/api/audit-events/checkpoints')).json();
    expect(await t.services.audit.checkCheckpoint(checkpoint)).toMatchObject({ ok: true, seq: checkpoint.seq });

    for (const changed of [
      { ...checkpoint, seq: checkpoint.seq - 1, eventCount: checkpoint.seq - 1 },
      { ...checkpoint, hash: 'a'.repeat(64) },
    ]) {
      const check = await t.services.audit.checkCheckpoint(changed);
      expect(check).toMatchObject({ ok: false });
      expect(check.reason).toMatch(/signature does not match/);
    }
    const other = await createTestApp(dialect, { AUDIT_KEY: 'another-audit-key-another-audit-key-0123' });
    try {
      const foreign = (await (await other.signIn('admin')).post('/api/audit-events/checkpoints')).json();
      expect((await t.services.audit.checkCheckpoint(foreign)).reason).toMatch(/signed with a different audit key/);
    } finally {
      await other.close();
    }
    expect((await t.services.audit.checkCheckpoint({ seq: 1 })).reason).toMatch(/not a PolicyOps audit checkpoint/);
  });

  it('detects history rewritten before a checkpoint even by someone who holds the key', async () => {
    const admin = await someHistory();
    const checkpoint = (await admin.post('/api/audit-events/checkpoints')).json();
    await sql`update audit_events set after_json = ${'{"name":"Z"}'} where seq = 3`.execute(t.database.db);
    t.skipAuditPayloadCheck('rewrites event #3 on purpose, to prove the verifier notices');
    await rehash(t, 3, { hash: keyedHash });
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
    expect((await t.services.audit.checkCheckpoint(checkpoint)).reason).toMatch(
      new RegExp(`the hash of event #${checkpoint.seq} differs from the checkpoint: history up to it was rewritten`),
    );
  });
});
