import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /admin/jobs: background jobs by state, with the last error and Retry. */
export class JobsPage {
  constructor(private readonly page: Page) {}

  row(jobId: string) {
    return this.page.locator(`tr[data-job-id="${jobId}"]`);
  }

  async expectOpen(label: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Background jobs' })).toBeVisible();
    await expect(this.page.getByLabel('Loading jobs')).toHaveCount(0);
    await expectAccessible(this.page, label);
  }

  async showTab(name: 'Failed' | 'Pending' | 'Completed') {
    await this.page.getByRole('tab', { name }).click();
    await expect(this.page.getByRole('tab', { name })).toHaveAttribute('aria-selected', 'true');
  }

  async retry(jobId: string) {
    await this.row(jobId)
      .getByRole('button', { name: /^Retry / })
      .click();
    await expect(this.page.getByText('Queued again')).toBeVisible();
  }
}
