import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /admin/audit: what happened, in words, newest first; each row opens to its ids and payload. */
export class AuditLogPage {
  constructor(private readonly page: Page) {}

  /**
   * The newest event of this action names `actorName` in its sentence, and its details (opened from
   * the row) show the action's name among the ids.
   */
  async expectEvent(action: string, actorName: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    const row = this.page.locator(`tr[data-action="${action}"]`).first();
    await expect(row).toBeVisible();
    await expect(row).toContainText(actorName);
    await row.getByRole('button', { name: /^Show details of event/ }).click();
    const details = this.page.locator(`#${await row.getByRole('button').getAttribute('aria-controls')}`);
    await expect(details).toContainText(action);
    await expectAccessible(this.page, 'audit log');
  }

  /** A row that says exactly this, e.g. "Priya Raman accepted their invitation and joined". */
  async expectSentence(sentence: string) {
    await expect(this.page.getByRole('row').filter({ hasText: sentence }).first()).toBeVisible();
  }
}
