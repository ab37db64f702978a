import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** /raid/:id: one RAID item, with (for issues and blockers) its escalation path, current level and history. */
export class RaidItemPage {
  readonly heading: Locator;
  readonly escalationPath: Locator;
  readonly escalation: Locator;

  constructor(
    private readonly page: Page,
    title: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: literally(title) });
    this.escalationPath = page.getByRole('table', { name: 'Escalation path' });
    this.escalation = page.getByRole('heading', { level: 2, name: 'Escalation' }).locator('xpath=..');
  }

  async goto(id: string) {
    await this.page.goto(`/raid/${id}`);
    await expect(this.heading).toBeVisible();
  }

  /** The row of the escalation path that is marked "Current level" (or "Current · at the top"). */
  currentLevel(): Locator {
    return this.escalationPath.getByRole('row').filter({ hasText: /Current( level|\s·\sat the top)/ });
  }
}
