import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /policies/:slug/diff: two versions compared word by word. */
export class PolicyDiffPage {
  constructor(private readonly page: Page) {}

  async expectInserted(text: string) {
    await expect(this.page.locator('ins').filter({ hasText: text }).first()).toBeVisible();
    await expectAccessible(this.page, 'diff view');
  }
}
