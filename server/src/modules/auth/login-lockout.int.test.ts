import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, TEST_PASSWORD, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

const PARALLEL_ATTEMPTS = 20;
const wrongLogin = (t: TestApp, email: string) =>
  t.anonymous.post('/api/auth/login', { email, password: 'a wrong password guess' });

describe.each(DIALECTS)('lockout under parallel sign-ins on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  describe('with a threshold above the number of attempts', () => {
    beforeEach(async () => {
      t = await createTestApp(dialect, { LOGIN_MAX_FAILURES: '100' });
    });

    it('counts every one of 20 parallel wrong passwords', async () => {
      await t.signIn('viewer', 'counted@example.com');
      const replies = await Promise.all(
        Array.from({ length: PARALLEL_ATTEMPTS }, () => wrongLogin(t, 'counted@example.com')),
      );
      for (const reply of replies) expectProblem(reply, 401, 'INVALID_CREDENTIALS');
      const row = await t.database.db
        .selectFrom('users')
        .select('failed_login_count')
        .where('email', '=', 'counted@example.com')
        .executeTakeFirstOrThrow();
      expect(Number(row.failed_login_count)).toBe(PARALLEL_ATTEMPTS);
      const failures = await t.database.db
        .selectFrom('audit_events')
        .select('action')
        .where('action', '=', 'user.login_failed')
        .execute();
      expect(failures).toHaveLength(PARALLEL_ATTEMPTS);
    });
  });

  describe('with the default-like threshold of 5', () => {
    beforeEach(async () => {
      t = await createTestApp(dialect, { LOGIN_MAX_FAILURES: '5' });
    });

    it('locks the account after 20 parallel wrong passwords, so the right one then answers 423', async () => {
      await t.signIn('viewer', 'target@example.com');
      await Promise.all(Array.from({ length: PARALLEL_ATTEMPTS }, () => wrongLogin(t, 'target@example.com')));
      const row = await t.database.db
        .selectFrom('users')
        .select('locked_until')
        .where('email', '=', 'target@example.com')
        .executeTakeFirstOrThrow();
      expect(Date.parse(row.locked_until ?? '')).toBeGreaterThan(Date.now());
      expectProblem(
        await t.anonymous.post('/api/auth/login', { email: 'target@example.com', password: TEST_PASSWORD }),
        423,
        'ACCOUNT_LOCKED',
      );
    });

    it('locks an unknown e-mail after parallel attempts too', async () => {
      await Promise.all(Array.from({ length: PARALLEL_ATTEMPTS }, () => wrongLogin(t, 'ghost@example.com')));
      expectProblem(await wrongLogin(t, 'ghost@example.com'), 423, 'ACCOUNT_LOCKED');
    });

    it('still lets the right password in below the threshold and resets the count', async () => {
      await t.signIn('viewer', 'careful@example.com');
      await Promise.all(Array.from({ length: 4 }, () => wrongLogin(t, 'careful@example.com')));
      const ok = await t.anonymous.post('/api/auth/login', { email: 'careful@example.com', password: TEST_PASSWORD });
      expect(ok.statusCode).toBe(200);
      const row = await t.database.db
        .selectFrom('users')
        .select('failed_login_count')
        .where('email', '=', 'careful@example.com')
        .executeTakeFirstOrThrow();
      expect(Number(row.failed_login_count)).toBe(0);
    });
  });
});
