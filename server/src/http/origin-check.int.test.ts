import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../test/test-app.js';

const PUBLIC_URL = 'http://policyops.test:8080';
const team = () => ({ name: `Team ${Math.random().toString(36).slice(2)}`, function: 'legal' });

describe.each(DIALECTS)('Origin and Referer on unsafe requests on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  const createTeam = (client: TestClient, headers: Record<string, string>) =>
    client.request({ method: 'POST', url: '/api/teams', payload: team(), headers });

  describe(`with PUBLIC_URL=${PUBLIC_URL}`, () => {
    let admin: TestClient;
    const start = async () => {
      t = await createTestApp(dialect, { PUBLIC_URL });
      admin = await t.signIn('admin');
    };

    it('refuses a cookie-authenticated write from another origin, and accepts one from PUBLIC_URL', async () => {
      await start();
      const refused = expectProblem(
        await createTeam(admin, { origin: 'https://evil.example' }),
        403,
        'ORIGIN_NOT_ALLOWED',
      );
      expect(refused.detail).toContain(PUBLIC_URL);
      expectProblem(await createTeam(admin, { origin: 'null' }), 403, 'ORIGIN_NOT_ALLOWED');
      expectProblem(await createTeam(admin, { origin: 'http://policyops.test:8081' }), 403, 'ORIGIN_NOT_ALLOWED');
      expect((await admin.get('/api/teams')).json().items).toHaveLength(0);
      expect((await createTeam(admin, { origin: PUBLIC_URL })).statusCode).toBe(201);
    });

    it('falls back to Referer when Origin is absent, and allows a request with neither', async () => {
      await start();
      expectProblem(
        await createTeam(admin, { referer: 'https://evil.example/policyops.test:8080/' }),
        403,
        'ORIGIN_NOT_ALLOWED',
      );
      expectProblem(await createTeam(admin, { referer: 'not a url' }), 403, 'ORIGIN_NOT_ALLOWED');
      expect((await createTeam(admin, { referer: `${PUBLIC_URL}/teams?tab=all` })).statusCode).toBe(201);
      expect((await createTeam(admin, {})).statusCode).toBe(201);
      // The CSRF token is still required when neither header is sent.
      expectProblem(await createTeam(admin, { 'x-csrf-token': 'forged' }), 403, 'CSRF_TOKEN_INVALID');
    });

    it('leaves reads and Bearer-token requests alone', async () => {
      await start();
      expect(
        (await admin.request({ method: 'GET', url: '/api/teams', headers: { origin: 'https://evil.example' } }))
          .statusCode,
      ).toBe(200);
      const { secret } = (await admin.post('/api/account/tokens', { name: 'script' })).json();
      const viaToken = await t.app.inject({
        method: 'POST',
        url: '/api/teams',
        payload: team(),
        headers: { authorization: `Bearer ${secret}`, origin: 'https://evil.example' },
      });
      expect(viaToken.statusCode).toBe(201);
    });

    it('requires the CSRF token and a matching origin to sign out', async () => {
      await start();
      expectProblem(
        await admin.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': '' } }),
        403,
        'CSRF_TOKEN_INVALID',
      );
      expectProblem(
        await admin.request({ method: 'POST', url: '/api/auth/logout', headers: { origin: 'https://evil.example' } }),
        403,
        'ORIGIN_NOT_ALLOWED',
      );
      expect((await admin.get('/api/auth/session')).statusCode).toBe(200);
      const out = await admin.request({ method: 'POST', url: '/api/auth/logout', headers: { origin: PUBLIC_URL } });
      expect(out.statusCode).toBe(204);
      expectProblem(await admin.get('/api/auth/session'), 401, 'UNAUTHENTICATED');
      // Without a live session there is nothing to protect: signing out stays idempotent.
      expect((await t.anonymous.post('/api/auth/logout')).statusCode).toBe(204);
      expect(
        (await admin.request({ method: 'POST', url: '/api/auth/logout', headers: { 'x-csrf-token': '' } })).statusCode,
      ).toBe(204);
    });
  });

  it('accepts the loopback aliases of the default PUBLIC_URL on the same port only', async () => {
    t = await createTestApp(dialect);
    expect(t.config.publicUrl).toBe('http://localhost:3000');
    const admin = await t.signIn('admin');
    for (const origin of ['http://localhost:3000', 'http://127.0.0.1:3000', 'http://[::1]:3000'])
      expect((await createTeam(admin, { origin })).statusCode, origin).toBe(201);
    for (const origin of ['http://127.0.0.1:5173', 'https://localhost:3000', 'http://localhost.evil.example:3000'])
      expectProblem(await createTeam(admin, { origin }), 403, 'ORIGIN_NOT_ALLOWED');
  });
});
