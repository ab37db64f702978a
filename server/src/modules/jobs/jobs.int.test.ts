import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Job, JobPage, Role } from '@policyops/contracts';
import { createTestApp, DIALECTS, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const MISSING = '01890000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('admin jobs API on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let failedId: string;
  let pendingId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    let healed = false;
    t.services.jobs.define(
      'test.mail',
      { schema: z.object({ to: z.string() }), retry: { limit: 1, delaySeconds: 0, backoff: 'fixed' } },
      async () => {
        if (!healed) throw new Error('connect ECONNREFUSED 127.0.0.1:2525');
      },
    );
    failedId = (await t.services.jobs.send('test.mail', { to: 'a@example.com' }))!;
    await t.services.jobs.drain();
    healed = true;
    pendingId = (await t.services.jobs.send(
      'test.mail',
      { to: 'b@example.com' },
      { runAt: new Date(Date.now() + 3_600_000) },
    ))!;
  });
  afterEach(async () => {
    await t.close();
  });

  it('lists failed jobs with their attempts and last error, and pending ones with their next run', async () => {
    const res = await admin.get('/api/admin/jobs?state=failed');
    expect(res.statusCode).toBe(200);
    const page = res.json() as JobPage;
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      id: failedId,
      name: 'test.mail',
      state: 'failed',
      attempts: 2,
      maxAttempts: 2,
      lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
      nextRunAt: null,
      abilities: { retry: true },
    });
    expect(page.items[0]).not.toHaveProperty('payload');
    const pending = (await admin.get('/api/admin/jobs?state=pending')).json() as JobPage;
    expect(pending.items.map((j) => j.id)).toEqual([pendingId]);
    expect(Date.parse(pending.items[0]!.nextRunAt!)).toBeGreaterThan(Date.now() + 3_000_000);
    expect(pending.items[0]!.abilities.retry).toBe(false);
  });

  it('pages with a cursor', async () => {
    await t.services.jobs.send('test.mail', { to: 'c@example.com' }, { runAt: new Date(Date.now() + 3_600_000) });
    const first = (await admin.get('/api/admin/jobs?state=pending&limit=1')).json() as JobPage;
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    const second = (
      await admin.get(`/api/admin/jobs?state=pending&limit=1&cursor=${first.nextCursor}`)
    ).json() as JobPage;
    expect(second.items).toHaveLength(1);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses an unknown state and a forged cursor, naming the field', async () => {
    const state = expectProblem(await admin.get('/api/admin/jobs?state=stuck'), 400, 'VALIDATION_FAILED');
    expect(state.errors?.[0]?.path).toContain('state');
    const cursor = expectProblem(await admin.get('/api/admin/jobs?cursor=bm9wZQ'), 400, 'VALIDATION_FAILED');
    expect(cursor.errors?.[0]?.path).toBe('querystring.cursor');
  });

  it('retries a failed job: pending again, audited, then it runs', async () => {
    const res = await admin.post(`/api/admin/jobs/${failedId}/retry`);
    expect(res.statusCode).toBe(200);
    expect(res.json() as Job).toMatchObject({ id: failedId, state: 'pending', maxAttempts: 3 });
    const audit = (await admin.get('/api/audit-events?action=job.retried')).json() as {
      items: { action: string; entityId: string }[];
    };
    expect(audit.items.map((e) => [e.action, e.entityId])).toEqual([['job.retried', failedId]]);
    await t.services.jobs.drain();
    const completed = (await admin.get('/api/admin/jobs?state=completed')).json() as JobPage;
    expect(completed.items.map((j) => j.id)).toEqual([failedId]);
  });

  it('answers 409 for a job that is not failed, and 404 for one that does not exist', async () => {
    const pending = expectProblem(await admin.post(`/api/admin/jobs/${pendingId}/retry`), 409, 'INVALID_STATE');
    expect(pending.detail).toContain('pending');
    expectProblem(await admin.post(`/api/admin/jobs/${MISSING}/retry`), 404, 'NOT_FOUND');
    expectProblem(await admin.post('/api/admin/jobs/not-a-uuid/retry'), 400, 'VALIDATION_FAILED');
  });

  it('runs the hourly session purge as a scheduled job (it was a timer in main.ts)', async () => {
    // Daily schedules (overdue CRs, adoption reminders) may fire on the same call; the purge is checked by name.
    expect(await t.services.jobs.fireSchedules(new Date())).toBeGreaterThanOrEqual(1);
    await t.services.jobs.drain();
    const completed = (await admin.get('/api/admin/jobs?state=completed')).json() as JobPage;
    expect(completed.items.map((j) => j.name)).toContain('auth.purge-expired-sessions');
    expect(completed.items.find((j) => j.name === 'auth.purge-expired-sessions')!.key).toMatch(
      /^schedule:.*:00:00\.000Z$/,
    );
  });

  it.each(['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as Role[])(
    'forbids %s to list or retry',
    async (role) => {
      const other = await t.signIn(role);
      expectProblem(await other.get('/api/admin/jobs'), 403, 'FORBIDDEN');
      expectProblem(await other.post(`/api/admin/jobs/${failedId}/retry`), 403, 'FORBIDDEN');
      expectProblem(await t.anonymous.get('/api/admin/jobs'), 401);
    },
  );
});
