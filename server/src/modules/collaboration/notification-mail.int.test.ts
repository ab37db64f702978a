import { afterEach, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

const PUBLIC_URL = 'https://policyops.example.com';
const mention = (client: TestClient) => `@[Someone](mention:${client.userId})`;

interface JobPage {
  items: { name: string; key: string | null }[];
}

describe.each(DIALECTS)('notification e-mails on %s', (dialect) => {
  let t: TestApp | null = null;
  let smtp: TestSmtpServer | null = null;
  afterEach(async () => {
    await t?.close();
    await smtp?.close();
    t = null;
    smtp = null;
  });

  async function start(withMail: boolean) {
    if (withMail) smtp = await startTestSmtpServer();
    t = await createTestApp(
      dialect,
      withMail
        ? { SMTP_URL: `smtp://127.0.0.1:${smtp!.port}`, MAIL_FROM: 'PolicyOps <policyops@example.com>', PUBLIC_URL }
        : { PUBLIC_URL },
    );
    const owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Safety' })).json().id as string;
    return { app: t, owner, areaId };
  }

  const optIn = async (client: TestClient, email: 'off' | 'each' = 'each') => {
    const res = await client.put('/api/account/notification-settings', { email, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { email: string; mailEnabled: boolean; version: number };
  };
  const comment = async (author: TestClient, entityId: string, body: string) => {
    const res = await author.post('/api/comments', { entityType: 'policy', entityId, body });
    expect(res.statusCode, res.body).toBe(201);
  };
  const pendingMail = async (app: TestApp) => {
    const admin = await app.signIn('admin');
    const page = (await admin.get('/api/admin/jobs?state=pending')).json() as JobPage;
    return page.items.filter((j) => j.name === 'mail.send');
  };

  it('mails an opted-in person mentioned in a comment the inbox sentence and the link, and nobody else', async () => {
    const { app, owner, areaId } = await start(true);
    const id = (await owner.post('/api/policies', { title: 'Hate Speech', slug: 'hate-speech', areaId })).json().id;
    const mentioned = await app.signIn('viewer', 'mentioned@example.com');
    const watcher = await app.signIn('viewer', 'watcher@example.com');
    await watcher.put(`/api/watches/policy/${id}`);
    await optIn(mentioned);
    await optIn(watcher, 'off');

    await comment(owner, id, `Please check ${mention(mentioned)}`);
    const [notification] = (await mentioned.get('/api/notifications')).json().items;
    expect((await watcher.get('/api/notifications')).json().items).toHaveLength(1);
    // Queued with the comment, sent by the queue.
    expect(smtp!.received).toHaveLength(0);
    expect((await pendingMail(app)).map((j) => j.key)).toEqual([`notification:${notification.id}`]);

    expect(await app.services.jobs.drain()).toBe(1);
    expect(smtp!.received).toHaveLength(1);
    const { envelope, mail } = smtp!.received[0]!;
    expect(envelope.to).toEqual(['mentioned@example.com']);
    const ownerName = owner.session!.user.name;
    expect(mail.subject).toBe(`${ownerName} mentioned you on Hate Speech`);
    expect(mail.text).toContain(`${ownerName}: ${notification.summary}`);
    expect(notification.summary).toContain('Mentioned you: Please check');
    expect(mail.text).toContain(`${PUBLIC_URL}/policies/hate-speech`);
    expect(mail.html).toContain(`href="${PUBLIC_URL}/policies/hate-speech"`);
  });

  it('mails nobody who left the default (off), even when mentioned', async () => {
    const { app, owner, areaId } = await start(true);
    const id = (await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId })).json().id;
    const mentioned = await app.signIn('viewer');
    expect((await mentioned.get('/api/account/notification-settings')).json()).toEqual({
      email: 'off',
      mailEnabled: true,
      version: 1,
    });
    await comment(owner, id, `Hello ${mention(mentioned)}`);
    expect((await mentioned.get('/api/notifications')).json().items).toHaveLength(1);
    expect(await pendingMail(app)).toEqual([]);
    expect(await app.services.jobs.drain()).toBe(0);
    expect(smtp!.received).toEqual([]);
  });

  it('queues nothing with mail off, and the comment and inbox work as before', async () => {
    const { app, owner, areaId } = await start(false);
    const id = (await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId })).json().id;
    const mentioned = await app.signIn('viewer');
    expect(await optIn(mentioned)).toEqual({ email: 'each', mailEnabled: false, version: 2 });
    await comment(owner, id, `Hello ${mention(mentioned)}`);
    expect((await mentioned.get('/api/notifications')).json().items).toHaveLength(1);
    expect(await pendingMail(app)).toEqual([]);
    expect(await app.services.jobs.drain()).toBe(0);
  });

  it('mails nothing about a restricted policy to someone who cannot open it, but does to a member', async () => {
    const { app, owner, areaId } = await start(true);
    const member = await app.signIn('contributor', 'member@example.com');
    const outsider = await app.signIn('viewer', 'outsider@example.com');
    await optIn(member);
    await optIn(outsider);
    const id = (
      await owner.post('/api/policies', {
        title: 'Sextortion draft',
        slug: 'sextortion',
        areaId,
        restricted: true,
        ownerIds: [owner.userId],
        memberIds: [member.userId],
      })
    ).json().id;
    await comment(owner, id, `Look ${mention(outsider)} and ${mention(member)}`);
    expect((await outsider.get('/api/notifications')).json().items).toEqual([]);
    expect(await app.services.jobs.drain()).toBe(1);
    expect(smtp!.received.map((r) => r.envelope.to)).toEqual([['member@example.com']]);
    expect(JSON.stringify(smtp!.received.map((r) => r.raw))).not.toContain('outsider@example.com');
  });
});
