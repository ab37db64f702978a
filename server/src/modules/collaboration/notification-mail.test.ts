import { describe, expect, it } from 'vitest';
import { notificationMail, type CreatedNotification } from './notification-mail.js';

const PUBLIC_URL = 'https://policyops.example.com';
const notification: CreatedNotification = {
  id: '01900000-0000-7000-8000-000000000001',
  userId: '01900000-0000-7000-8000-000000000002',
  kind: 'mention',
  entityType: 'policy',
  entityId: '01900000-0000-7000-8000-000000000003',
  summary: 'Mentioned you: <b>look</b>',
};

describe('notificationMail', () => {
  it('names who did what on which record and links to it, escaping the HTML part', () => {
    const mail = notificationMail(
      notification,
      'Priya',
      { title: 'Hate Speech', href: '/policies/hate-speech' },
      PUBLIC_URL,
    );
    expect(mail.subject).toBe('Priya mentioned you on Hate Speech');
    expect(mail.text).toContain('Priya: Mentioned you: <b>look</b>');
    expect(mail.text).toContain(`${PUBLIC_URL}/policies/hate-speech`);
    expect(mail.html).toContain('Mentioned you: &lt;b&gt;look&lt;/b&gt;');
  });

  it('keeps the subject on one line and within bounds whatever the title holds', () => {
    const title = `Line one\r\nBcc: someone@example.com ${'x'.repeat(400)}`;
    const mail = notificationMail(
      { ...notification, kind: 'change' },
      'Priya',
      { title, href: '/policies/x' },
      PUBLIC_URL,
    );
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.length).toBeLessThanOrEqual(200);
    expect(mail.subject.startsWith('Priya changed Line one Bcc:')).toBe(true);
  });
});
