import { ROLES, type Role } from '@policyops/contracts';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js';

const PASSWORD = 'smtp password that must stay hidden';
const NOT_ADMINS = ROLES.filter((role): role is Exclude<Role, 'admin'> => role !== 'admin');

async function testSentEvents(admin: TestClient) {
  const page = (await admin.get('/api/audit-events?action=mail.test_sent')).json() as {
    items: { sentence: string; entityId: string; after: unknown }[];
  };
  return page.items;
}

describe.each(DIALECTS)('outgoing mail for admins on %s', (dialect) => {
  let t: TestApp | null = null;
  let smtp: TestSmtpServer | null = null;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
    t = null;
    smtp = null;
  });

  async function appWithSmtp(options: Parameters<typeof startTestSmtpServer>[0] = {}) {
    smtp = await startTestSmtpServer({ credentials: { user: 'policyops', password: PASSWORD }, ...options });
    t = await createTestApp(dialect, {
      SMTP_URL: `smtp://policyops@127.0.0.1:${smtp.port}`,
      SMTP_PASSWORD: PASSWORD,
      MAIL_FROM: 'PolicyOps <policyops@example.com>',
      PUBLIC_URL: 'https://policyops.example.com',
    });
    return t;
  }

  it('says mail is off without SMTP settings and refuses a test message with 409, recording nothing', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    const status = await admin.get('/api/admin/mail');
    expect(status.statusCode).toBe(200);
    expect(status.json()).toEqual({
      enabled: false,
      from: 'PolicyOps <no-reply@localhost>',
      host: null,
      port: null,
      secure: null,
      authenticated: false,
    });
    const refused = expectProblem(await admin.post('/api/admin/mail/test'), 409, 'MAIL_DISABLED');
    expect(refused.detail).toContain('SMTP_URL or SMTP_HOST');
    expect(await testSentEvents(admin)).toEqual([]);
  });

  it('shows the SMTP server without its password and sends the signed-in admin a test message, audited', async () => {
    const app = await appWithSmtp();
    const admin = await app.signIn('admin', 'priya.admin@example.com');
    const status = await admin.get('/api/admin/mail');
    expect(status.json()).toEqual({
      enabled: true,
      from: 'PolicyOps <policyops@example.com>',
      host: '127.0.0.1',
      port: smtp!.port,
      secure: false,
      authenticated: true,
    });
    expect(status.body).not.toContain(PASSWORD);

    const sent = await admin.post('/api/admin/mail/test');
    expect(sent.statusCode, sent.body).toBe(200);
    const result = sent.json();
    expect(result).toMatchObject({ to: 'priya.admin@example.com', response: expect.stringMatching(/^250/) });
    expect(Date.parse(result.sentAt)).not.toBeNaN();

    expect(smtp!.received).toHaveLength(1);
    const { envelope, mail } = smtp!.received[0]!;
    expect(envelope).toEqual({ from: 'policyops@example.com', to: ['priya.admin@example.com'] });
    expect(mail.subject).toBe('PolicyOps test message');
    expect(mail.messageId).toBe(result.messageId);
    expect(mail.text).toContain(`Hello Test admin`);
    expect(mail.text).toContain('https://policyops.example.com/account');
    expect(mail.html).toContain('<a href="https://policyops.example.com/">policyops.example.com</a>');

    const events = await testSentEvents(admin);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityId: admin.userId,
      after: { to: 'priya.admin@example.com', host: '127.0.0.1', port: smtp!.port, messageId: result.messageId },
    });
    expect(events[0]!.sentence).toMatch(/sent a test e-mail to Test admin \d+ through 127\.0\.0\.1:\d+$/);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it('answers 502 with the SMTP reply code when the server refuses the message, recording nothing', async () => {
    const app = await appWithSmtp({ refuse: { 'refused.admin@example.com': 550 } });
    const admin = await app.signIn('admin', 'refused.admin@example.com');
    const problem = expectProblem(await admin.post('/api/admin/mail/test'), 502, 'MAIL_DELIVERY_FAILED');
    expect(problem.detail).toMatch(/answered 550 .*refused\.admin@example\.com unavailable/);
    expect(problem.detail).not.toContain(PASSWORD);
    expect(smtp!.received).toEqual([]);
    expect(await testSentEvents(admin)).toEqual([]);
  });

  it('answers 502 without the password when the server refuses to sign in', async () => {
    smtp = await startTestSmtpServer({
      credentials: { user: 'policyops', password: 'the right one' },
      authFailureMessage: (password) => `No such user or password ${password}`,
    });
    t = await createTestApp(dialect, {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_USER: 'policyops',
      SMTP_PASSWORD: PASSWORD,
    });
    const admin = await t.signIn('admin');
    const res = await admin.post('/api/admin/mail/test');
    const problem = expectProblem(res, 502, 'MAIL_DELIVERY_FAILED');
    expect(problem.detail).toContain('answered 535');
    expect(res.body).not.toContain(PASSWORD);
    expect(smtp.logins).toEqual([{ user: 'policyops', password: PASSWORD }]);
  });

  it('refuses every other role both the status and a test message, and anonymous callers with 401', async () => {
    const app = await appWithSmtp();
    for (const role of NOT_ADMINS) {
      const caller = await app.signIn(role);
      expect((await caller.get('/api/admin/mail')).statusCode, role).toBe(403);
      expectProblem(await caller.post('/api/admin/mail/test'), 403, 'FORBIDDEN');
    }
    expect(smtp!.received).toEqual([]);
    expectProblem(await app.anonymous.get('/api/admin/mail'), 401, 'UNAUTHENTICATED');
    expectProblem(await app.anonymous.post('/api/admin/mail/test'), 401, 'UNAUTHENTICATED');
  });
});
