import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  TEST_PASSWORD,
  createTestApp,
  expectProblem,
  sessionCookieOf,
  signInAs,
  type TestApp,
} from '../../test/test-app.js';

describe.each(DIALECTS)('auth on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect, { LOGIN_MAX_FAILURES: '3' });
  });
  afterEach(async () => t.close());

  describe('setup', () => {
    it('creates the first admin, signs them in and then refuses a second setup', async () => {
      expect((await t.anonymous.get('/api/setup')).json()).toEqual({ needsSetup: true });
      const res = await t.anonymous.post('/api/setup', {
        email: ' Ada@Example.COM ',
        name: 'Ada',
        password: TEST_PASSWORD,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json().user).toMatchObject({ email: 'ada@example.com', role: 'admin' });
      const cookie = sessionCookieOf(res);
      expect(cookie).toBeTruthy();
      expect(res.headers['set-cookie']).toMatch(/HttpOnly/i);
      expect(res.headers['set-cookie']).toMatch(/SameSite=Lax/i);
      expect((await t.anonymous.get('/api/setup')).json()).toEqual({ needsSetup: false });
      expectProblem(
        await t.anonymous.post('/api/setup', { email: 'eve@example.com', name: 'Eve', password: TEST_PASSWORD }),
        409,
        'SETUP_ALREADY_DONE',
      );
    });

    it('names each invalid field and creates nothing', async () => {
      const problem = expectProblem(
        await t.anonymous.post('/api/setup', { email: 'not-an-email', name: '', password: 'short' }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors?.map((e) => e.path).sort()).toEqual(['body.email', 'body.name', 'body.password']);
      expect((await t.anonymous.get('/api/setup')).json()).toEqual({ needsSetup: true });
    });
  });

  describe('login', () => {
    it('signs in with the right password and records it in the audit log', async () => {
      const admin = await t.signIn('admin');
      const events = (await admin.get('/api/audit-events?action=user.logged_in')).json();
      expect(events.items[0].actor.id).toBe(admin.userId);
    });

    it('gives the same answer for an unknown e-mail and a wrong password', async () => {
      await t.signIn('viewer', 'known@example.com');
      const wrong = expectProblem(
        await t.anonymous.post('/api/auth/login', { email: 'known@example.com', password: 'wrong password!' }),
        401,
        'INVALID_CREDENTIALS',
      );
      const unknown = expectProblem(
        await t.anonymous.post('/api/auth/login', { email: 'nobody@example.com', password: 'wrong password!' }),
        401,
        'INVALID_CREDENTIALS',
      );
      expect(wrong.detail).toBe(unknown.detail);
    });

    it('locks an account after repeated failures, even for the right password, and treats unknown e-mails alike', async () => {
      await t.signIn('viewer', 'target@example.com');
      for (let i = 0; i < 3; i++)
        await t.anonymous.post('/api/auth/login', { email: 'target@example.com', password: 'wrong password!' });
      const locked = await t.anonymous.post('/api/auth/login', {
        email: 'target@example.com',
        password: TEST_PASSWORD,
      });
      expectProblem(locked, 423, 'ACCOUNT_LOCKED');
      expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
      for (let i = 0; i < 3; i++)
        await t.anonymous.post('/api/auth/login', { email: 'ghost@example.com', password: 'wrong password!' });
      expectProblem(
        await t.anonymous.post('/api/auth/login', { email: 'ghost@example.com', password: 'wrong password!' }),
        423,
        'ACCOUNT_LOCKED',
      );
    });

    it('refuses a deactivated account with the same message', async () => {
      const admin = await t.signIn('admin');
      const viewer = await t.signIn('viewer', 'leaver@example.com');
      const user = (await admin.get(`/api/users/${viewer.userId}`)).json();
      expect(
        (await admin.patch(`/api/users/${viewer.userId}`, { version: user.version, status: 'deactivated' })).statusCode,
      ).toBe(200);
      expectProblem(await viewer.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
      expectProblem(
        await t.anonymous.post('/api/auth/login', { email: 'leaver@example.com', password: TEST_PASSWORD }),
        401,
        'INVALID_CREDENTIALS',
      );
    });
  });

  describe('sessions', () => {
    it('returns the session with permissions and a CSRF token; logout ends it', async () => {
      const pm = await t.signIn('program_manager');
      const session = (await pm.get('/api/auth/session')).json();
      expect(session.permissions).toEqual([
        'directory.read',
        'policies.read',
        'comments.write',
        'roadmap.read',
        'okrs.read',
        'change_requests.read',
        'governance.read',
        'metrics.read',
        'teams.manage',
        'policies.manage',
        'policies.draft',
        'policies.publish',
        'roadmap.manage',
        'roadmap.edit_own',
        'okrs.manage',
        'okrs.contribute',
        'change_requests.manage',
        'governance.manage',
        'decisions.accept',
        'stakeholders.manage',
        'metrics.ingest',
        'metrics.analyse',
      ]);
      expect(session.csrfToken).toBe(pm.session?.csrfToken);
      expect((await pm.post('/api/auth/logout')).statusCode).toBe(204);
      expectProblem(await pm.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
    });

    it('refuses an expired session', async () => {
      const viewer = await t.signIn('viewer');
      await t.database.db.updateTable('sessions').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
      expectProblem(await viewer.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
    });

    it('requires the CSRF token on unsafe cookie-authenticated requests', async () => {
      const admin = await t.signIn('admin');
      const res = await admin.request({
        method: 'POST',
        url: '/api/teams',
        payload: { name: 'Legal', function: 'legal' },
        headers: { 'x-csrf-token': 'forged' },
      });
      expectProblem(res, 403, 'CSRF_TOKEN_INVALID');
      expect((await admin.get('/api/teams')).json().items).toHaveLength(0);
    });

    it('slides a session forward but never beyond the hard limit', async () => {
      const viewer = await t.signIn('viewer');
      const longAgo = new Date(Date.now() - 29.9 * 86_400_000).toISOString();
      await t.database.db.updateTable('sessions').set({ created_at: longAgo, last_seen_at: longAgo }).execute();
      const session = (await viewer.get('/api/auth/session')).json();
      const hardLimit = Date.parse(longAgo) + 30 * 86_400_000;
      expect(Date.parse(session.expiresAt)).toBeLessThanOrEqual(hardLimit);
    });
  });

  describe('API tokens', () => {
    it('authenticates with a Bearer token until it is revoked', async () => {
      const contributor = await t.signIn('contributor');
      const created = await contributor.post('/api/account/tokens', { name: 'CI export', expiresInDays: 30 });
      expect(created.statusCode).toBe(201);
      const { secret, token } = created.json();
      expect(secret).toMatch(/^pat_/);
      const bearer = { authorization: `Bearer ${secret}` };
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer });
      expect(me.json().user.id).toBe(contributor.userId);
      // Bearer-authenticated writes need no CSRF token.
      const viaToken = await t.app.inject({
        method: 'POST',
        url: '/api/account/tokens',
        headers: bearer,
        payload: { name: 'second' },
      });
      expect(viaToken.statusCode).toBe(201);
      const listed = (await contributor.get('/api/account/tokens')).json();
      expect(JSON.stringify(listed)).not.toContain(secret);
      expect((await contributor.delete(`/api/account/tokens/${token.id}`)).statusCode).toBe(204);
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: bearer }),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(await contributor.delete(`/api/account/tokens/${token.id}`), 404, 'NOT_FOUND');
    });

    it('refuses an expired token and a malformed Authorization header', async () => {
      const viewer = await t.signIn('viewer');
      const { secret } = (await viewer.post('/api/account/tokens', { name: 'short-lived', expiresInDays: 1 })).json();
      await t.database.db.updateTable('api_tokens').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: `Bearer ${secret}` } }),
        401,
      );
      expectProblem(
        await t.app.inject({ method: 'GET', url: '/api/users', headers: { authorization: 'Basic abc' } }),
        401,
      );
    });

    it("cannot revoke someone else's token", async () => {
      const a = await t.signIn('viewer');
      const b = await t.signIn('viewer');
      const { token } = (await a.post('/api/account/tokens', { name: 'mine' })).json();
      expectProblem(await b.delete(`/api/account/tokens/${token.id}`), 404, 'NOT_FOUND');
      expectProblem(await b.post('/api/account/tokens', { name: '' }), 400, 'VALIDATION_FAILED');
    });
  });

  it('signs in again after logout with a new session', async () => {
    await t.signIn('viewer', 'again@example.com');
    const second = await signInAs(t.app, 'again@example.com');
    expect(second.session?.user.email).toBe('again@example.com');
  });
});
