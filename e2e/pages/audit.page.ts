import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /admin/audit: who did what, newest first. */
export class AuditLogPage {
  constructor(private readonly page: Page) {}

  async expectEvent(action: string, actorName: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const row = this.page.getByRole('row').filter({ hasText: action }).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText(actorName);
    await expectAccessible(this.page, 'audit log');
  }
}
