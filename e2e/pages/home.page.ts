import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /: the overview, with the sample workspace offer while the workspace is empty. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async loadSampleWorkspace() {
    await expectAccessible(this.page, 'home');
    await this.page.getByRole('button', { name: 'Load sample workspace' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sample workspace loaded' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Load sample workspace' })).toHaveCount(0);
  }
}
