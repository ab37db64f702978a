import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /admin/mail: whether outgoing mail is on, the SMTP server and a test message. */
export class MailPage {
  constructor(private readonly page: Page) {}

  panel() {
    return this.page.getByRole('region', { name: 'Outgoing mail' });
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Mail' })).toBeVisible();
    await expect(this.panel()).toBeVisible();
    await expect(this.panel().getByLabel('Loading the mail settings')).toHaveCount(0);
    await expectAccessible(this.page, 'mail settings');
  }

  async expectMailOff() {
    await expect(this.panel().getByText('Mail is off: messages are written to the server log')).toBeVisible();
    await expect(this.panel().getByRole('button', { name: 'Send test message' })).toHaveCount(0);
  }
}
