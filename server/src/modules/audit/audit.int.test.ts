import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('audit log on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('records each change with actor, before/after and request id, filterable and paged', async () => {
    const admin = await t.signIn('admin');
    const res = await admin.post('/api/teams', { name: 'Safety Product', function: 'product' });
    const team = res.json();
    await admin.patch(`/api/teams/${team.id}`, { version: 1, description: 'Builds safety features' });
    const events = (await admin.get(`/api/audit-events?entityType=team&entityId=${team.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['team.updated', 'team.created']);
    expect(events[1]).toMatchObject({
      actor: { id: admin.userId },
      requestId: res.headers['x-request-id'],
      before: null,
      after: { name: 'Safety Product' },
    });
    expect(events[0]).toMatchObject({
      before: { description: '' },
      after: { description: 'Builds safety features', version: 2 },
    });

    const byActor = (await admin.get(`/api/audit-events?actorId=${admin.userId}&limit=1`)).json();
    expect(byActor.items).toHaveLength(1);
    const next = (
      await admin.get(`/api/audit-events?actorId=${admin.userId}&limit=1&cursor=${byActor.nextCursor}`)
    ).json();
    expect(next.items[0].seq).toBeLessThan(byActor.items[0].seq);
    const today = new Date().toISOString().slice(0, 10);
    expect((await admin.get(`/api/audit-events?from=${today}&to=${today}`)).json().items.length).toBeGreaterThan(2);
    expect((await admin.get('/api/audit-events?to=2000-01-01')).json().items).toHaveLength(0);
    expectProblem(await admin.get('/api/audit-events?from=yesterday'), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.get('/api/audit-events?action=team.exploded'), 400, 'VALIDATION_FAILED');
  });

  it('verifies the chain and names the first tampered event', async () => {
    const admin = await t.signIn('admin');
    await admin.post('/api/teams', { name: 'A', function: 'legal' });
    await admin.post('/api/teams', { name: 'B', function: 'legal' });
    const ok = (await admin.get('/api/audit-events/verification')).json();
    expect(ok).toMatchObject({ ok: true, firstBadSeq: null });
    expect(ok.checked).toBeGreaterThanOrEqual(4);

    await sql`update audit_events set after_json = ${'{"name":"Z"}'} where seq = 3`.execute(t.database.db);
    t.skipAuditPayloadCheck('rewrites event #3 on purpose, to prove the verifier notices');
    const broken = (await admin.get('/api/audit-events/verification')).json();
    expect(broken).toMatchObject({ ok: false, firstBadSeq: 3, checked: 2 });
    expect(broken.reason).toMatch(/altered/);
  });

  it('detects events deleted from the end', async () => {
    const admin = await t.signIn('admin');
    await admin.post('/api/teams', { name: 'A', function: 'legal' });
    const { checked } = (await admin.get('/api/audit-events/verification')).json();
    await sql`delete from audit_events where seq = ${checked}`.execute(t.database.db);
    expect(await t.services.audit.verify()).toMatchObject({ ok: false, firstBadSeq: checked });
  });

  it('keeps the chain linear under concurrent writes', async () => {
    const admin = await t.signIn('admin');
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => admin.post('/api/teams', { name: `Team ${i}`, function: 'policy' })),
    );
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
  });

  it('is for admins only', async () => {
    for (const role of ['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const someone = await t.signIn(role);
      expectProblem(await someone.get('/api/audit-events'), 403, 'FORBIDDEN');
      expectProblem(await someone.get('/api/audit-events/verification'), 403, 'FORBIDDEN');
    }
  });
});
