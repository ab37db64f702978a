import { Migrator, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations/index.js';
import { DIALECTS, createTestApp, schemaDatabase, type TestApp } from '../../test/test-app.js';
import { GENESIS_HASH, canonicalJson, legacyChainHash } from './audit-chain.js';

const LEGACY_EVENTS = 4;

/**
 * A workspace as it was before keyed hashing: the schema of migration 0009 and a plain SHA-256
 * chain of `LEGACY_EVENTS` events; then the upgrade (migrations to the latest).
 */
async function upgradeFromPlainChain(t: TestApp): Promise<string[]> {
  const schema = t.config.database.kind === 'postgres' ? t.config.database.schema : undefined;
  // On PostgreSQL, a migrator that locks and reads only this test's schema (test-app.ts says why).
  const migrationDb =
    t.config.database.kind === 'postgres' && schema ? schemaDatabase(t.config.database.url, schema) : null;
  const migrator = new Migrator({
    db: migrationDb ?? t.database.db,
    provider: { getMigrations: async () => migrations },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  expect((await migrator.migrateTo('0009-backfill-clause-anchors')).error).toBeUndefined();
  const hashes: string[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= LEGACY_EVENTS; seq++) {
    const e = {
      seq,
      id: `01900000-0000-7000-8000-00000000000${seq}`,
      occurredAt: `2026-01-0${seq}T10:00:00.000Z`,
      actorId: null,
      action: 'team.created',
      entityType: 'team',
      entityId: `legacy-team-${seq}`,
      beforeJson: null,
      afterJson: canonicalJson({ name: `Legacy ${seq}` }),
      requestId: null,
    };
    const hash = legacyChainHash(prev, e);
    await sql`insert into audit_events (id, seq, occurred_at, actor_id, action, entity_type, entity_id,
      before_json, after_json, request_id, prev_hash, hash)
      values (${e.id}, ${seq}, ${e.occurredAt}, ${null}, ${e.action}, ${e.entityType}, ${e.entityId},
      ${null}, ${e.afterJson}, ${null}, ${prev}, ${hash})`.execute(t.database.db);
    hashes.push(hash);
    prev = hash;
  }
  await sql`update audit_chain_head set seq = ${LEGACY_EVENTS}, last_hash = ${prev} where id = 1`.execute(
    t.database.db,
  );
  expect((await migrator.migrateToLatest()).error).toBeUndefined();
  await migrationDb?.destroy();
  return hashes;
}

describe.each(DIALECTS)('upgrading a plain SHA-256 audit chain on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('chains new keyed events onto the last legacy hash, and verifies once the legacy events are sealed', async () => {
    const legacyHashes = await upgradeFromPlainChain(t);
    const unsealed = await t.services.audit.verify();
    expect(unsealed).toMatchObject({ ok: false, firstBadSeq: 1, checked: 0 });
    expect(unsealed.reason).toMatch(/predates keyed hashing and was never sealed .*--seal-legacy/);

    const admin = await t.signIn('admin');
    await admin.post('/api/teams', { name: 'After the upgrade', function: 'legal' });
    const firstKeyed = await t.database.db
      .selectFrom('audit_events')
      .select(['prev_hash', 'hash_scheme'])
      .where('seq', '=', LEGACY_EVENTS + 1)
      .executeTakeFirstOrThrow();
    expect(firstKeyed).toEqual({ prev_hash: legacyHashes[LEGACY_EVENTS - 1], hash_scheme: 'hmac-sha256' });

    expect(await t.services.audit.sealLegacy()).toEqual({ legacyEvents: LEGACY_EVENTS, alreadySealed: false });
    const sealed = await t.services.audit.verify();
    expect(sealed).toMatchObject({ ok: true, firstBadSeq: null, legacyEvents: LEGACY_EVENTS });
    expect(sealed.checked).toBeGreaterThan(LEGACY_EVENTS + 2);
    const [record] = (await admin.get('/api/audit-events?action=audit.legacy_sealed')).json().items;
    expect(record).toMatchObject({ actor: null, after: { legacyEvents: LEGACY_EVENTS } });
    expect(await t.services.audit.sealLegacy()).toEqual({ legacyEvents: LEGACY_EVENTS, alreadySealed: true });
    expect((await admin.get('/api/audit-events/verification')).json()).toMatchObject({ ok: true });
  });

  it('still detects a legacy event edited after sealing, even with its plain hashes recomputed', async () => {
    await upgradeFromPlainChain(t);
    await t.services.audit.sealLegacy();
    const db = t.database.db;
    const rows = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '<=', LEGACY_EVENTS)
      .orderBy('seq')
      .execute();
    let prev = rows[1]!.hash;
    for (const row of rows.slice(2)) {
      const after = row.seq === 3 ? canonicalJson({ name: 'Rewritten' }) : row.after_json;
      const fields = {
        seq: Number(row.seq),
        id: row.id,
        occurredAt: row.occurred_at,
        actorId: row.actor_id,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        beforeJson: row.before_json,
        afterJson: after,
        requestId: row.request_id,
      };
      const hash = legacyChainHash(prev, fields);
      await sql`update audit_events set after_json = ${after}, prev_hash = ${prev}, hash = ${hash} where seq = ${row.seq}`.execute(
        db,
      );
      prev = hash;
    }
    await sql`update audit_chain_head set last_hash = ${prev} where id = 1`.execute(db);
    const result = await t.services.audit.verify();
    expect(result).toMatchObject({ ok: false, firstBadSeq: LEGACY_EVENTS });
    expect(result.reason).toMatch(/seal over the 4 events written before keyed hashing does not match/);
  });

  it('refuses to seal a legacy chain that is already broken, and seals nothing', async () => {
    await upgradeFromPlainChain(t);
    await sql`update audit_events set entity_id = 'changed' where seq = 2`.execute(t.database.db);
    await expect(t.services.audit.sealLegacy()).rejects.toMatchObject({ code: 'INVALID_STATE' });
    const head = await t.database.db.selectFrom('audit_chain_head').select('legacy_seal').executeTakeFirstOrThrow();
    expect(head.legacy_seal).toBeNull();
    expect(await t.services.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 1 });
  });

  it('has nothing to seal on a workspace created with keyed hashing', async () => {
    await (await t.signIn('admin')).post('/api/teams', { name: 'New', function: 'legal' });
    expect(await t.services.audit.sealLegacy()).toEqual({ legacyEvents: 0, alreadySealed: false });
    expect(await t.services.audit.verify()).toMatchObject({ ok: true, legacyEvents: 0 });
  });
});
