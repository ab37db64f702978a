import { expect, type Page } from '@playwright/test';

/** /policies/changes: what changed across the library in a period. */
export class PolicyChangesPage {
  constructor(private readonly page: Page) {}

  async expectListed(policyTitle: string) {
    await expect(this.page.getByRole('link', { name: policyTitle })).toBeVisible();
  }
}
