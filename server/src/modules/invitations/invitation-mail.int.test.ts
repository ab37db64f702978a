import { afterEach, describe, expect, it, vi } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

const PUBLIC_URL = 'https://policyops.example.com';
const tokenOf = (link: string) => link.split('/invite/')[1]!;

interface JobPage {
  items: { id: string; name: string; state: string; attempts: number; lastError: string | null; key: string | null }[];
}

const mailJobs = async (admin: TestClient, state: string) =>
  ((await admin.get(`/api/admin/jobs?state=${state}`)).json() as JobPage).items.filter((j) => j.name === 'mail.send');

describe.each(DIALECTS)('invitation e-mails on %s', (dialect) => {
  let t: TestApp | null = null;
  let smtp: TestSmtpServer | null = null;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
    t = null;
    smtp = null;
  });

  /** `refuse` stays live: deleting an address from it lets the next attempt through. */
  async function appWithSmtp(refuse: Record<string, 450 | 550> = {}) {
    smtp = await startTestSmtpServer({ refuse });
    t = await createTestApp(dialect, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'PolicyOps <policyops@example.com>',
      PUBLIC_URL,
    });
    return { app: t, smtp, admin: await t.signIn('admin') };
  }

  const invite = async (admin: TestClient, email: string) => {
    const res = await admin.post('/api/invitations', { email, name: 'Nia Person', role: 'policy_owner' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { invitation: { id: string; expiresAt: string }; link: string; emailQueued: boolean };
  };

  it('queues the invitation as an e-mail that arrives with the link, who invited and the expiry', async () => {
    const { app, smtp, admin } = await appWithSmtp();
    const created = await invite(admin, 'nia@example.com');
    expect(created.emailQueued).toBe(true);
    expect(created.link).toMatch(/^https:\/\/policyops\.example\.com\/invite\//);
    // Nothing is sent inside the request: the queue delivers it.
    expect(smtp.received).toHaveLength(0);

    expect(await app.services.jobs.drain()).toBe(1);
    expect(smtp.received).toHaveLength(1);
    const { envelope, mail } = smtp.received[0]!;
    expect(envelope.to).toEqual(['nia@example.com']);
    expect(mail.subject).toBe("You're invited to PolicyOps");
    expect(mail.text).toContain(created.link);
    expect(mail.text).toContain(`${admin.session!.user.name} invited you to PolicyOps as Policy owner.`);
    const expiry = new Date(created.invitation.expiresAt);
    expect(mail.text).toContain(`${expiry.getUTCFullYear()} at `);
    expect(mail.html).toContain(`href="${created.link}"`);

    const [job] = await mailJobs(admin, 'completed');
    expect(job).toMatchObject({ state: 'completed', attempts: 1, key: `invitation:${created.invitation.id}` });
    // The admin jobs page never shows the payload, so never the link.
    expect((await admin.get('/api/admin/jobs?state=completed')).body).not.toContain(tokenOf(created.link));
  });

  it('retries when the SMTP server says try later (4xx), then delivers', async () => {
    const refuse: Record<string, 450 | 550> = { 'later@example.com': 450 };
    const { app, smtp, admin } = await appWithSmtp(refuse);
    const created = await invite(admin, 'later@example.com');

    await app.services.jobs.drain();
    expect(smtp.received).toHaveLength(0);
    const [pending] = await mailJobs(admin, 'pending');
    expect(pending).toMatchObject({ attempts: 1, key: `invitation:${created.invitation.id}` });
    expect(pending!.lastError).toContain('450');

    delete refuse['later@example.com'];
    await app.services.jobs.drain({ ignoreDelays: true });
    expect(smtp.received.map((r) => r.envelope.to)).toEqual([['later@example.com']]);
    expect(smtp.received[0]!.mail.text).toContain(created.link);
    expect(await mailJobs(admin, 'completed')).toMatchObject([{ attempts: 2, lastError: null }]);
  });

  it('fails the job at once with the reply when the server refuses for good (5xx); the invitation still works', async () => {
    const { app, smtp, admin } = await appWithSmtp({ 'gone@example.com': 550 });
    const created = await invite(admin, 'gone@example.com');

    await app.services.jobs.drain({ ignoreDelays: true });
    expect(smtp.received).toHaveLength(0);
    const failed = await mailJobs(admin, 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attempts: 1, key: `invitation:${created.invitation.id}` });
    expect(failed[0]!.lastError).toMatch(/answered 550 .*Mailbox gone@example\.com unavailable/);
    expect(await mailJobs(admin, 'pending')).toEqual([]);

    expect((await admin.get('/api/invitations')).json().items[0]).toMatchObject({
      id: created.invitation.id,
      state: 'pending',
    });
    const accepted = await app.anonymous.post('/api/invitations/accept', {
      token: tokenOf(created.link),
      name: 'Gone Person',
      password: 'a strong new password',
    });
    expect(accepted.statusCode, accepted.body).toBe(201);
  });

  it('with mail off, queues nothing and says so; the link is still returned', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    const created = await invite(admin, 'offline@example.com');
    expect(created).toMatchObject({ emailQueued: false, link: expect.stringContaining('/invite/') });
    expect(await t.services.jobs.drain()).toBe(0);
    expect(await mailJobs(admin, 'pending')).toEqual([]);
  });

  it('with mail off, a mail.send job queued earlier completes, logging only its recipient and subject', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    const info = vi.spyOn(t.app.log, 'info');
    const secretLink = `${PUBLIC_URL}/invite/secret-token-that-must-not-be-logged`;
    await t.services.jobs.send('mail.send', {
      to: 'queued@example.com',
      subject: "You're invited to PolicyOps",
      text: `Accept the invitation: ${secretLink}`,
      html: `<a href="${secretLink}">Accept</a>`,
    });
    expect(await t.services.jobs.drain()).toBe(1);
    expect(await mailJobs(admin, 'completed')).toHaveLength(1);
    const logged = info.mock.calls.find(([, message]) => String(message).startsWith('Mail is off'));
    expect(logged?.[0]).toEqual({ mail: { to: 'queued@example.com', subject: "You're invited to PolicyOps" } });
    expect(JSON.stringify(info.mock.calls)).not.toContain('secret-token');
  });
});
