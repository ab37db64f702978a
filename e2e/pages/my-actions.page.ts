import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** /actions: "My actions", everything the signed-in person owns, grouped by when it is due. */
export class MyActionsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/actions');
    await expect(this.page.getByRole('heading', { level: 1, name: 'My actions' })).toBeVisible();
  }

  /** An action's row, in whichever group it falls (overdue, due this week, later, …). */
  row(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: literally(title) });
  }

  /** Changes an action's status from its row's select ("Done", "In progress", …). */
  async setStatus(title: string, status: string) {
    await this.row(title)
      .getByRole('combobox', { name: `Status of ${title}` })
      .click();
    await this.page.getByRole('option', { name: status, exact: true }).click();
    await expect(this.row(title).getByRole('combobox', { name: `Status of ${title}` })).toHaveValue(status);
  }
}
