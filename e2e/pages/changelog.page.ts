import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /changelog: the public, signed-out list of policy changes. */
export class PublicChangelogPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/changelog');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Policy changelog' })).toBeVisible();
  }

  entry(title: string) {
    return this.page.getByRole('article').filter({ hasText: title });
  }

  /** Opens an entry's diff and checks `inserted` is marked as added. */
  async expectChange(title: string, inserted: string) {
    const entry = this.entry(title);
    await expect(entry).toBeVisible();
    await entry.getByRole('button', { name: 'Show what changed' }).click();
    await expect(entry.locator('ins').filter({ hasText: inserted }).first()).toBeVisible();
    await expectAccessible(this.page, 'public changelog');
  }
}
