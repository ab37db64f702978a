import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { literally } from './text.js';

/** The Ctrl+K palette: pages, people, teams and policies by name, keyboard only. */
export class CommandPalette {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.keyboard.press('Control+k');
    await expect(this.searchBox()).toBeVisible();
  }

  /** Types the query and waits until `expected` is among the results. */
  async search(query: string, expected: string) {
    await this.searchBox().fill(query);
    await expect(
      this.page
        .getByRole('button', { name: literally(expected) })
        .or(this.page.getByRole('option', { name: literally(expected) }))
        .first(),
    ).toBeVisible();
    await expectAccessible(this.page, 'command palette');
  }

  async openFirstResult() {
    await this.page.keyboard.press('Enter');
  }

  private searchBox() {
    return this.page.getByRole('textbox', { name: 'Search pages, people and teams' });
  }
}
