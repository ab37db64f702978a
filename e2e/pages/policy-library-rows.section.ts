import { expect, type Locator, type Page } from '@playwright/test';

/** The library's table, row by row: a policy's status today and the version in force. */
export class PolicyLibraryRows {
  constructor(private readonly page: Page) {}

  /** Opens the library narrowed to titles containing `q` (a run id keeps other specs' policies out). */
  async goto(q: string) {
    await this.page.goto(`/policies?q=${encodeURIComponent(q)}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  }

  row(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** The row shows `status` ("Live", "Scheduled") and `current` ("Version 1.0", "None in force"). */
  async expectRow(title: string, expected: { status: string; current: string }) {
    const row = this.row(title);
    await expect(row.getByRole('cell').nth(3)).toHaveText(expected.status);
    await expect(row.getByRole('cell').nth(4)).toContainText(expected.current);
  }
}
