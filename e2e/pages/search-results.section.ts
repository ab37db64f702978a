import { expect, type Locator, type Page } from '@playwright/test';

/** Search results one by one: which version of a policy matched, and its state today. */
export class SearchResults {
  constructor(private readonly page: Page) {}

  /** Searches `q`; `history` searches every version (superseded and scheduled ones too). */
  async goto(q: string, options: { history?: boolean } = {}) {
    await this.page.goto(`/search?q=${encodeURIComponent(q)}${options.history ? '&history=true' : ''}`);
    await expect(this.page.getByRole('status').filter({ hasText: /results?|No matches/ })).toBeVisible();
  }

  hit(policyTitle: string, versionLabel: string): Locator {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.getByRole('link', { name: `${policyTitle}, version ${versionLabel}`, exact: true }) });
  }

  /** The version matched, and the badge beside it says `state` ("Live", "Scheduled", "Superseded"). */
  async expectHit(policyTitle: string, versionLabel: string, state: string) {
    const version = this.page.getByRole('link', { name: `${policyTitle}, version ${versionLabel}`, exact: true });
    // The version's line (link, state, date); the policy's own status sits on the title line above.
    await expect(version.locator('xpath=..').getByText(state, { exact: true })).toBeVisible();
  }

  async expectNoHit(policyTitle: string, versionLabel: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible();
    await expect(this.hit(policyTitle, versionLabel)).toHaveCount(0);
  }
}
