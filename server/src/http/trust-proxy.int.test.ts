import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, TEST_PASSWORD, createTestApp, sessionCookieOf, type TestApp } from '../test/test-app.js';
import { SESSION_COOKIE } from './authenticate.js';

// light-my-request's inject comes from 127.0.0.1; the header names an address a client made up.
const FORGED = '203.0.113.66';

async function loginFrom(t: TestApp, forwardedFor: string, email = 'nobody@example.com', password = 'wrong password!') {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    headers: { 'x-forwarded-for': forwardedFor },
    payload: { email, password },
  });
}

/** The address stored for a sign-in sent with a forged X-Forwarded-For: in the audit log and the sessions list. */
async function ipsSeenFor(t: TestApp, email: string): Promise<{ audit: string; session: string }> {
  const admin = await t.signIn('admin');
  const person = await t.signIn('viewer', email);
  const res = await loginFrom(t, FORGED, email, TEST_PASSWORD);
  expect(res.statusCode).toBe(200);
  const sessions = (
    await t.app.inject({
      method: 'GET',
      url: '/api/account/sessions',
      headers: { cookie: `${SESSION_COOKIE}=${sessionCookieOf(res)}` },
    })
  ).json().items as { ip: string; current: boolean }[];
  const events = (await admin.get(`/api/audit-events?action=user.logged_in&entityId=${person.userId}`)).json()
    .items as { after: { ip: string } }[];
  return { audit: events[0]!.after.ip, session: sessions.find((s) => s.current)!.ip };
}

describe.each(DIALECTS)('client address and X-Forwarded-For on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  describe('by default (TRUST_PROXY unset)', () => {
    it('keys the sign-in rate limit by the connection, whatever X-Forwarded-For says', async () => {
      t = await createTestApp(dialect, { LOGIN_RATE_PER_MINUTE: '3', LOGIN_MAX_FAILURES: '100' });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await loginFrom(t, `198.51.100.${i + 1}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
    });

    it('records the connection address in the audit event and the sessions list', async () => {
      t = await createTestApp(dialect);
      expect(await ipsSeenFor(t, 'direct@example.com')).toEqual({ audit: '127.0.0.1', session: '127.0.0.1' });
    });
  });

  describe('with TRUST_PROXY naming the proxy in front', () => {
    it('takes the client address from X-Forwarded-For for the rate limit, the audit log and the sessions list', async () => {
      t = await createTestApp(dialect, {
        LOGIN_RATE_PER_MINUTE: '3',
        LOGIN_MAX_FAILURES: '100',
        TRUST_PROXY: '127.0.0.1',
      });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await loginFrom(t, `198.51.100.${i + 1}`)).statusCode);
      expect(statuses).toEqual([401, 401, 401, 401]);
      expect((await loginFrom(t, '198.51.100.1')).statusCode).toBe(401);
      expect((await loginFrom(t, '198.51.100.1')).statusCode).toBe(401);
      expect((await loginFrom(t, '198.51.100.1')).statusCode).toBe(429);
    });

    it.each(['127.0.0.1', 'loopback', '127.0.0.0/8,::1', '1'])(
      'records the forwarded client address (%s)',
      async (trust) => {
        t = await createTestApp(dialect, { TRUST_PROXY: trust });
        expect(await ipsSeenFor(t, 'proxied@example.com')).toEqual({ audit: FORGED, session: FORGED });
      },
    );
  });
});
