import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../platform/clock.js';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { audience, issueLinks, launchable, openCampaign } from './adoption-test-kit.js';

describe.each(DIALECTS)('adoption reminders on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let admin: TestClient;
  let owner: TestClient;
  beforeEach(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp(dialect, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'PolicyOps <policyops@example.com>',
      PUBLIC_URL: 'https://policyops.example.com',
    });
    admin = await t.signIn('admin');
    owner = await t.signIn('program_manager');
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  /** What the daily schedule does at 09:00 UTC of the test clock's day, then the mail it queued. */
  async function runDailyJob(): Promise<void> {
    await t.services.jobs.fireSchedules(new Date(`${t.clock.today()}T09:00:00Z`));
    await t.services.jobs.drain();
  }

  it('e-mails each audience below target once a cadence, never twice a day, and tells the CR owner', async () => {
    await audience(admin, 'Manila vendor', 2, { contactEmail: 'manila-leads@vendor.example' });
    await audience(admin, 'Lisbon site', 1, { kind: 'site', contactEmail: 'lisbon@example.com' });
    const launchDay = t.clock.today();
    const campaign = await openCampaign(t, owner, await launchable(t, admin, 'bullying', { ownerId: owner.userId }));
    const lisbon = campaign.audiences.find((a) => a.name === 'Lisbon site')!;
    const token = (await issueLinks(admin, campaign.id, lisbon.id, ['Rui']))[0]!.token;
    await t.anonymous.post(`/api/public/acknowledgements/${token}/acknowledge`, {});

    // Day 2: the cadence (3 days) has not come round.
    t.clock.setToday(addDays(launchDay, 2));
    await runDailyJob();
    expect(smtp.received).toHaveLength(0);

    // Day 3: Manila (0 of 2) is reminded; Lisbon (1 of 1) is at target.
    t.clock.setToday(addDays(launchDay, 3));
    await runDailyJob();
    expect(smtp.received).toHaveLength(1);
    const { envelope, mail } = smtp.received[0]!;
    expect(envelope.to).toEqual(['manila-leads@vendor.example']);
    expect(mail.subject).toBe('Reminder: Manila vendor is below target on Policy bullying (version 1.0)');
    expect(mail.text).toContain('So far 0 of 2 people have acknowledged it (0%; the target is 95%)');
    expect(mail.text).toContain(`CR-${campaign.changeRequestNumber}`);
    expect(mail.html).toContain('Hello Manila vendor team');

    // A rerun the same day (the job again, or the service directly) sends nothing twice.
    expect(await t.services.adoption.reminders.run()).toEqual({ reminded: 0, ownersNotified: 0 });
    await runDailyJob();
    await t.services.jobs.drain({ ignoreDelays: true });
    expect(smtp.received).toHaveLength(1);

    const audit = (await admin.get('/api/audit-events?action=adoption_campaign.reminder_sent')).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].actor).toBeNull();
    expect(audit[0].sentence).toBe(
      `PolicyOps e-mailed a reminder for CR-${campaign.changeRequestNumber} to "Manila vendor" (0% of 95%)`,
    );
    const view = (await owner.get(`/api/adoption/campaigns/${campaign.id}`)).json();
    expect(view.audiences.find((a: { name: string }) => a.name === 'Manila vendor').lastReminderAt).not.toBeNull();

    // The owner's inbox says the campaign is below target, once.
    const inbox = (await owner.get('/api/notifications')).json();
    const notices = inbox.items.filter((n: { entity: { type: string } }) => n.entity.type === 'change_request');
    expect(notices.map((n: { summary: string }) => n.summary)).toEqual([
      'Adoption campaign below target: Manila vendor reminded',
    ]);

    // Next day: not due again (cadence 3); three days later: due again.
    t.clock.setToday(addDays(launchDay, 4));
    await runDailyJob();
    expect(smtp.received).toHaveLength(1);
    t.clock.setToday(addDays(launchDay, 6));
    await runDailyJob();
    expect(smtp.received).toHaveLength(2);
  });

  it('reminds no one once the campaign is adopted or for an editorial change', async () => {
    await audience(admin, 'Manila vendor', 1);
    const launchDay = t.clock.today();
    const editorial = await openCampaign(
      t,
      owner,
      await launchable(t, admin, 'typo', { ownerId: owner.userId, type: 'editorial' }),
      'editorial',
    );
    expect(editorial.status).toBe('adopted');
    const material = await openCampaign(t, owner, await launchable(t, admin, 'hate', { ownerId: owner.userId }));
    const token = (await issueLinks(admin, material.id, material.audiences[0]!.id, ['Ana']))[0]!.token;
    await t.anonymous.post(`/api/public/acknowledgements/${token}/acknowledge`, {});
    expect((await owner.get(`/api/adoption/campaigns/${material.id}`)).json().status).toBe('adopted');
    t.clock.setToday(addDays(launchDay, 5));
    await runDailyJob();
    expect(smtp.received).toHaveLength(0);
  });
});
