import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('deactivating a person on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
  });
  afterEach(async () => t.close());

  const bearer = (secret: string) => (url: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${secret}` } });
  const setStatus = async (userId: string, status: 'active' | 'deactivated') => {
    const { version } = (await admin.get(`/api/users/${userId}`)).json();
    const res = await admin.patch(`/api/users/${userId}`, { version, status });
    expect(res.statusCode).toBe(200);
  };

  it('ends their sessions and API tokens for good: reactivating brings none back', async () => {
    const person = await t.signIn('contributor', 'leaver@example.com');
    const { secret } = (await person.post('/api/account/tokens', { name: 'laptop script' })).json();
    const viaToken = bearer(secret);
    expect((await viaToken('/api/auth/session')).statusCode).toBe(200);

    await setStatus(person.userId, 'deactivated');
    expectProblem(await person.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
    expectProblem(await viaToken('/api/auth/session'), 401, 'UNAUTHENTICATED');

    await setStatus(person.userId, 'active');
    expectProblem(await person.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
    expectProblem(await viaToken('/api/users'), 401, 'UNAUTHENTICATED');

    const events = (await admin.get(`/api/audit-events?entityType=user&entityId=${person.userId}`)).json().items as {
      action: string;
      after: Record<string, unknown> | null;
    }[];
    const revocation = (action: string) => events.find((e) => e.action === action)?.after;
    expect(revocation('session.revoked')).toEqual({ revoked: 1, reason: 'deactivated' });
    expect(revocation('api_token.revoked')).toEqual({ revoked: 1, reason: 'deactivated' });
  });

  it('leaves other people signed in, and a status sent unchanged signs nobody out', async () => {
    const leaver = await t.signIn('viewer');
    const stayer = await t.signIn('viewer');
    await setStatus(leaver.userId, 'deactivated');
    await setStatus(stayer.userId, 'active');
    expect((await stayer.get('/api/auth/session')).statusCode).toBe(200);
    expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
  });

  it('applies a role change at once to existing sessions and tokens', async () => {
    const person = await t.signIn('policy_owner');
    const { secret } = (await person.post('/api/account/tokens', { name: 'sync' })).json();
    const { version } = (await admin.get(`/api/users/${person.userId}`)).json();
    expect((await admin.patch(`/api/users/${person.userId}`, { version, role: 'viewer' })).statusCode).toBe(200);
    expect((await person.get('/api/auth/session')).json().user.role).toBe('viewer');
    expect((await bearer(secret)('/api/auth/session')).json().user.role).toBe('viewer');
    expectProblem(await person.post('/api/teams', { name: 'Not any more', function: 'legal' }), 403, 'FORBIDDEN');
  });
});
