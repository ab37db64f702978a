import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('users on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('pages through the directory by name with a cursor, and filters', async () => {
    const admin = await t.signIn('admin');
    for (let i = 0; i < 4; i++) await t.signIn('viewer');
    await t.signIn('contributor', 'zed_underscore@example.com');
    const first = (await admin.get('/api/users?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const second = (await admin.get(`/api/users?limit=2&cursor=${first.nextCursor}`)).json();
    const third = (await admin.get(`/api/users?limit=2&cursor=${second.nextCursor}`)).json();
    expect(third.nextCursor).toBeNull();
    const names = [...first.items, ...second.items, ...third.items].map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(6);
    expect((await admin.get('/api/users?role=viewer')).json().items).toHaveLength(4);
    expect((await admin.get('/api/users?q=ZED_')).json().items).toHaveLength(1);
    expect((await admin.get('/api/users?q=%25')).json().items).toHaveLength(0);
    expectProblem(await admin.get('/api/users?limit=500'), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.get('/api/users?cursor=garbage'), 400, 'VALIDATION_FAILED');
  });

  it('shows everyone the directory but only admins the controls', async () => {
    const viewer = await t.signIn('viewer');
    const item = (await viewer.get('/api/users')).json().items[0];
    expect(item.abilities).toEqual({ update: false, deactivate: false });
    expect(item).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(item)).not.toMatch(/argon2/);
  });

  it('changes a role with the current version and refuses a stale one', async () => {
    const admin = await t.signIn('admin');
    const viewer = await t.signIn('viewer');
    const before = (await admin.get(`/api/users/${viewer.userId}`)).json();
    const updated = await admin.patch(`/api/users/${viewer.userId}`, { version: before.version, role: 'policy_owner' });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ role: 'policy_owner', version: before.version + 1 });
    expectProblem(
      await admin.patch(`/api/users/${viewer.userId}`, { version: before.version, role: 'admin' }),
      409,
      'VERSION_CONFLICT',
    );
    expect((await admin.get(`/api/users/${viewer.userId}`)).json().role).toBe('policy_owner');
    expect((await viewer.get('/api/auth/session')).json().user.role).toBe('policy_owner');
  });

  it('validates, 404s and forbids', async () => {
    const admin = await t.signIn('admin');
    const pm = await t.signIn('program_manager');
    const unknown = '01900000-0000-7000-8000-000000000000';
    const bad = expectProblem(
      await admin.patch(`/api/users/${pm.userId}`, { version: 1, role: 'overlord' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.path).toBe('body.role');
    expectProblem(await admin.patch(`/api/users/${pm.userId}`, { role: 'viewer' }), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.get(`/api/users/${unknown}`), 404, 'NOT_FOUND');
    expectProblem(await admin.patch(`/api/users/${unknown}`, { version: 1, role: 'viewer' }), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`/api/users/${admin.userId}`, { version: 1, role: 'viewer' }), 403, 'FORBIDDEN');
  });

  it('keeps at least one active admin and stops admins demoting themselves', async () => {
    const admin = await t.signIn('admin');
    const me = (await admin.get(`/api/users/${admin.userId}`)).json();
    expectProblem(
      await admin.patch(`/api/users/${admin.userId}`, { version: me.version, status: 'deactivated' }),
      409,
      'INVALID_STATE',
    );
    expectProblem(
      await admin.patch(`/api/users/${admin.userId}`, { version: me.version, role: 'viewer' }),
      409,
      'INVALID_STATE',
    );
    const other = await t.signIn('admin');
    const otherUser = (await admin.get(`/api/users/${other.userId}`)).json();
    expect(
      (await admin.patch(`/api/users/${other.userId}`, { version: otherUser.version, role: 'viewer' })).statusCode,
    ).toBe(200);
  });

  it('reactivating clears a lockout, and the change is audited with before and after', async () => {
    const admin = await t.signIn('admin');
    const viewer = await t.signIn('viewer');
    let user = (await admin.get(`/api/users/${viewer.userId}`)).json();
    user = (await admin.patch(`/api/users/${viewer.userId}`, { version: user.version, status: 'deactivated' })).json();
    user = (await admin.patch(`/api/users/${viewer.userId}`, { version: user.version, status: 'active' })).json();
    expect(user.status).toBe('active');
    const events = (
      await admin.get(`/api/audit-events?entityType=user&entityId=${viewer.userId}&action=user.updated`)
    ).json().items;
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({ before: { status: 'active' }, after: { status: 'deactivated' } });
    expect(JSON.stringify(events)).not.toMatch(/password/i);
  });
});
