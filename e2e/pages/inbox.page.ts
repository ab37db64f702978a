import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /inbox: the reader's notifications, unread first. */
export class InboxPage {
  constructor(private readonly page: Page) {}

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inbox' })).toBeVisible();
  }

  notification(summary: string) {
    return this.page.getByRole('listitem').filter({ hasText: summary });
  }

  /** Checks the notification is there and follows its link to the record it is about. */
  async follow(summary: string, recordTitle: string) {
    const notification = this.notification(summary);
    await expect(notification).toBeVisible();
    await expectAccessible(this.page, 'inbox with a notification');
    await notification.getByRole('link', { name: recordTitle }).click();
  }
}
