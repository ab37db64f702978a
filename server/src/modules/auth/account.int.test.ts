import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, TEST_PASSWORD, createTestApp, expectProblem, signInAs, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('account on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('lists my sessions with the current one marked, and signs out the others', async () => {
    const first = await t.signIn('contributor', 'multi@example.com');
    const second = await signInAs(t.app, 'multi@example.com');
    const sessions = (await first.get('/api/account/sessions')).json().items;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    expect((await first.post('/api/account/sessions/revoke-others')).json()).toEqual({ revoked: 1 });
    expectProblem(await second.get('/api/auth/session'), 401);
    expect((await first.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('revokes one session by id, and not one of somebody else', async () => {
    const mine = await t.signIn('viewer', 'me@example.com');
    const other = await signInAs(t.app, 'me@example.com');
    const stranger = await t.signIn('viewer');
    const otherId = (await mine.get('/api/account/sessions'))
      .json()
      .items.find((s: { current: boolean }) => !s.current).id;
    expectProblem(await stranger.delete(`/api/account/sessions/${otherId}`), 404, 'NOT_FOUND');
    expect((await mine.delete(`/api/account/sessions/${otherId}`)).statusCode).toBe(204);
    expectProblem(await other.get('/api/auth/session'), 401);
    expectProblem(await mine.delete('/api/account/sessions/not-a-uuid'), 400, 'VALIDATION_FAILED');
  });

  it('changes the password: checks the current one, ends other sessions, and the new one works', async () => {
    const me = await t.signIn('policy_owner', 'pw@example.com');
    const elsewhere = await signInAs(t.app, 'pw@example.com');
    const wrong = expectProblem(
      await me.put('/api/account/password', { currentPassword: 'nope', newPassword: 'a brand new password' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(wrong.errors?.[0]?.path).toBe('body.currentPassword');
    expectProblem(
      await me.put('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      (await me.put('/api/account/password', { currentPassword: TEST_PASSWORD, newPassword: 'a brand new password' }))
        .statusCode,
    ).toBe(204);
    expectProblem(await elsewhere.get('/api/auth/session'), 401);
    expect((await me.get('/api/auth/session')).statusCode).toBe(200);
    expectProblem(
      await t.anonymous.post('/api/auth/login', { email: 'pw@example.com', password: TEST_PASSWORD }),
      401,
      'INVALID_CREDENTIALS',
    );
    expect((await signInAs(t.app, 'pw@example.com', 'a brand new password')).session?.user.email).toBe(
      'pw@example.com',
    );
  });

  it('renames me with optimistic concurrency', async () => {
    const me = await t.signIn('xfn_reviewer');
    const version = me.session!.user.version;
    const res = await me.patch('/api/account/profile', { version, name: 'Renamed Reviewer' });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ name: 'Renamed Reviewer', version: version + 1 });
    expectProblem(await me.patch('/api/account/profile', { version, name: 'Stale write' }), 409, 'VERSION_CONFLICT');
    expectProblem(await me.patch('/api/account/profile', { version: version + 1, name: '' }), 400, 'VALIDATION_FAILED');
    expect((await me.get(`/api/users/${me.userId}`)).json().name).toBe('Renamed Reviewer');
  });

  it('refuses anonymous callers', async () => {
    for (const url of ['/api/account/sessions', '/api/account/tokens'])
      expectProblem(await t.anonymous.get(url), 401, 'UNAUTHENTICATED');
  });
});
