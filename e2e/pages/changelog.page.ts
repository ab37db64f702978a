import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** Markdown syntax a reader must never see as text on the public page. */
const RAW_MARKDOWN = ['##', '**', '====', '](', '* '];

/** /changelog: the public, signed-out list of policy changes. */
export class PublicChangelogPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/changelog');
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Policy changelog' })).toBeVisible();
  }

  /** The entry whose heading is `title` ("Policy: version 1.1"). */
  entry(title: string) {
    return this.page
      .getByRole('article')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  /** Opens an entry's changes and checks `inserted` is marked as added; scans the page with what it shows. */
  async expectChange(title: string, inserted: string) {
    const entry = this.entry(title);
    await expect(entry).toBeVisible();
    await entry.getByRole('button', { name: 'Show what changed' }).click();
    await expect(entry.locator('ins').filter({ hasText: inserted }).first()).toBeVisible();
    await expectAccessible(this.page, 'public changelog');
  }

  /** After expectChange: the entry is compared with an earlier public version, not shown as all new. */
  async expectComparedWith(title: string, previousLabel: string) {
    const entry = this.entry(title);
    await expect(
      entry.getByRole('heading', { level: 3, name: `What changed since version ${previousLabel}` }),
    ).toBeVisible();
    await expect(entry.getByText('The whole text is new')).toHaveCount(0);
  }

  async expectSummary(title: string, summary: string) {
    await expect(this.entry(title).getByText(summary, { exact: true })).toBeVisible();
  }

  async expectMarketDate(title: string, market: string, date: string) {
    await expect(
      this.entry(title).getByRole('list', { name: 'Effective dates by market' }).getByText(`${market}: ${date}`),
    ).toBeVisible();
  }

  async openFullText(title: string) {
    const entry = this.entry(title);
    await entry.getByRole('button', { name: 'Read the full text' }).click();
    await expect(entry.getByRole('heading', { level: 3, name: /^Full text of version/ })).toBeVisible();
  }

  /** No Markdown syntax anywhere in what the page shows. */
  async expectNoRawMarkdown() {
    const text = await this.page.locator('main').innerText();
    for (const syntax of RAW_MARKDOWN) expect(text, `the page shows ${syntax}`).not.toContain(syntax);
  }
}
