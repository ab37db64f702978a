import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /search: full-text search of the policies the reader may see, matches highlighted. */
export class SearchPage {
  constructor(private readonly page: Page) {}

  async goto(query: string) {
    await this.page.goto(`/search?q=${encodeURIComponent(query)}`);
  }

  async search(query: string) {
    await this.page.getByRole('searchbox', { name: 'Search policies' }).fill(query);
  }

  result(title: string | RegExp) {
    return this.page.getByRole('link', { name: title });
  }

  async expectResult(title: string | RegExp) {
    await expect(this.result(title).first()).toBeVisible();
  }

  async expectHighlighted(word: RegExp) {
    await expect(this.page.locator('mark').filter({ hasText: word }).first()).toBeVisible();
    await expectAccessible(this.page, 'search');
  }
}
