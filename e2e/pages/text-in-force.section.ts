import { expect, type Locator, type Page } from '@playwright/test';

/** "Text in force today" on a policy page: the version in force (in a market, when one is chosen) and its text. */
export class TextInForceSection {
  private readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole('region', { name: /^Text in force/ });
  }

  async expectHeading(heading: string) {
    await expect(this.page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }

  /** The version shown is `label`, and its text says `text`. */
  async expectVersion(label: string, text: string) {
    await expect(this.section.getByRole('link', { name: `Version ${label}`, exact: true })).toBeVisible();
    await expect(this.section.getByText(text).first()).toBeVisible();
  }
}
