import { addDays } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestSmtpServer, type TestSmtpServer } from '../../platform/mail/test-smtp-server.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import { addAction, contact, stakeholderOf } from './action-items-test-kit.js';

describe.each(DIALECTS)('action item reminders on %s', (dialect) => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let pm: TestClient;
  let owner: TestClient;
  beforeEach(async () => {
    smtp = await startTestSmtpServer();
    t = await createTestApp(dialect, {
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
      MAIL_FROM: 'PolicyOps <policyops@example.com>',
      PUBLIC_URL: 'https://policyops.example.com',
    });
    t.clock.setToday('2026-12-01');
    pm = await t.signIn('program_manager');
    owner = await t.signIn('contributor', 'olivia@example.com');
  });
  afterEach(async () => {
    await t.close();
    await smtp.close();
  });

  /** What the daily schedule (08:30 UTC) has done by 09:00 of the test clock's day, then the mail it queued. */
  async function runDailyJob(): Promise<void> {
    await t.services.jobs.fireSchedules(new Date(`${t.clock.today()}T09:00:00Z`));
    await t.services.jobs.drain();
  }

  it('tells owners of actions due tomorrow or overdue, once a day: accounts in the inbox and by mail, contacts by mail', async () => {
    const today = t.clock.today();
    // Opted in to notification e-mail: the reminder still reaches her once, not as a notice and a reminder.
    expect((await owner.put('/api/account/notification-settings', { email: 'each', version: 1 })).statusCode).toBe(200);
    const ownerId = await stakeholderOf(t, owner);
    const ana = await contact(pm, 'Ana Souza', 'ana@counsel.example');
    const noMail = await contact(pm, 'Tom Becker');
    const tomorrow = await addAction(pm, { title: 'Send the minutes', ownerId, dueDate: addDays(today, 1) });
    await addAction(pm, { title: 'Check the Brazil labels', ownerId: ana, dueDate: addDays(today, -2) });
    await addAction(pm, { title: 'No address', ownerId: noMail, dueDate: addDays(today, -2) });
    await addAction(pm, { title: 'Next week', ownerId, dueDate: addDays(today, 7) });
    await addAction(pm, { title: 'Today', ownerId, dueDate: today });
    const closed = await addAction(pm, { title: 'Closed', ownerId, dueDate: addDays(today, -1) });
    await pm.post(`/api/action-items/${closed.id}/status`, { version: 1, status: 'done' });

    await runDailyJob();
    const received = smtp.received
      .map((m) => ({ to: m.envelope.to, subject: m.mail.subject }))
      .sort((a, b) => a.to[0]!.localeCompare(b.to[0]!));
    expect(received).toEqual([
      { to: ['ana@counsel.example'], subject: 'Reminder: "Check the Brazil labels" is overdue since Nov 29, 2026' },
      { to: ['olivia@example.com'], subject: 'Reminder: "Send the minutes" is due tomorrow' },
    ]);
    const toOlivia = smtp.received.find((m) => m.envelope.to[0] === 'olivia@example.com')!;
    expect(toOlivia.mail.text).toContain(`https://policyops.example.com/actions?action=${tomorrow.id}`);
    const toAna = smtp.received.find((m) => m.envelope.to[0] === 'ana@counsel.example')!;
    expect(toAna.mail.text).not.toContain('/actions?action=');

    const inbox = (await owner.get('/api/notifications')).json().items;
    expect(
      inbox.map((n: { kind: string; summary: string; entity: { type: string } }) => [n.kind, n.summary, n.entity.type]),
    ).toEqual([['action_due', 'Your action is due tomorrow', 'action_item']]);

    // A rerun of the day (the job, or the service) repeats nothing.
    expect(await t.services.actionItems.reminders.run()).toEqual({ notified: 0, mailed: 0 });
    await runDailyJob();
    await t.services.jobs.drain({ ignoreDelays: true });
    expect(smtp.received).toHaveLength(2);

    // The next day: "Send the minutes" is due today (no reminder); Ana's is still overdue, "Today" now too.
    t.clock.setToday(addDays(today, 1));
    await runDailyJob();
    expect(
      smtp.received
        .slice(2)
        .map((m) => m.mail.subject)
        .sort(),
    ).toEqual([
      'Reminder: "Check the Brazil labels" is overdue since Nov 29, 2026',
      'Reminder: "Today" is overdue since Dec 1, 2026',
    ]);
  });
});
