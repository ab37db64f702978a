import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications } from './change-requests-detail.page.js';
import { literally } from './text.js';

/** /decisions: the decision register, searchable by key or title. */
export class DecisionsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/decisions');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Decisions' })).toBeVisible();
  }

  /** Narrows the register to decisions whose key or title holds the text. */
  async search(text: string) {
    await this.page.getByRole('textbox', { name: 'Search' }).fill(text);
  }

  /** A decision's row in the register, by its title. */
  row(title: string): Locator {
    return this.page
      .getByRole('table', { name: 'Decisions' })
      .getByRole('row')
      .filter({ hasText: literally(title) });
  }
}

/** /decisions/:id: the body, status badges, accept / supersede, and the supersession links both ways. */
export class DecisionPage {
  readonly heading: Locator;
  readonly supersession: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^DEC-\d+ / });
    this.supersession = page.getByRole('region', { name: 'Supersession' });
  }

  async expectTitle(title: string) {
    await expect(this.heading).toContainText(title);
  }

  /** "DEC-4", from the page's title. */
  async key(): Promise<string> {
    return /^(DEC-\d+) /.exec(await this.heading.innerText())![1]!;
  }

  /** The status badge beside "← Decisions" ("Proposed", "Accepted", "Superseded"). */
  async expectStatus(status: string) {
    const above = this.page.getByRole('link', { name: '← Decisions' }).locator('xpath=..');
    await expect(above.getByText(status, { exact: true })).toBeVisible();
  }

  async accept() {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Accept', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Accept DEC-\d+\?$/ });
    await dialog.getByRole('button', { name: 'Accept', exact: true }).click();
    await expect(dialog).toBeHidden();
    await this.expectStatus('Accepted');
  }

  /** Records a new decision that wholly supersedes this one; the app goes to the new one, proposed. */
  async supersede(next: { title: string; decision: string; rationale: string }) {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Supersede', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Supersede with a new decision' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(next.title);
    await dialog.getByRole('textbox', { name: 'Decision (Markdown)' }).fill(next.decision);
    await dialog.getByRole('textbox', { name: 'Rationale (Markdown)' }).fill(next.rationale);
    await dialog.getByRole('button', { name: 'Record as proposed' }).click();
    await expect(dialog).toBeHidden();
    await this.expectTitle(next.title);
    await this.expectStatus('Proposed');
  }

  /** The link to a decision under "Supersedes" or "Superseded by" of the supersession card. */
  link(direction: 'Supersedes' | 'Superseded by', title: string): Locator {
    return this.supersession
      .getByText(direction, { exact: true })
      .locator('xpath=..')
      .getByRole('link', { name: literally(title) });
  }
}
