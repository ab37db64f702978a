import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { literally } from './text.js';

/** The cards of the home page, by their headings. */
export type HomeCardName =
  'Reviews waiting on you' | 'Your drafts' | 'Changes to what you watch' | 'Inbox' | 'Taking effect soon';

/** /: what a person works from (cards of their work), with the sample workspace offer while the workspace is empty. */
export class HomePage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/');
  }

  async loadSampleWorkspace() {
    await expectAccessible(this.page, 'home');
    await this.page.getByRole('button', { name: 'Load sample workspace' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: 'Sample workspace loaded' })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Load sample workspace' })).toHaveCount(0);
  }

  /** Greets the person by first name with today's date. */
  async expectGreeting(firstName: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`^Good (morning|afternoon|evening), ${firstName}$`),
    );
  }

  card(name: HomeCardName): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The row of a card that mentions `text` (a policy title of this run). */
  row(name: HomeCardName, text: string): Locator {
    return this.card(name)
      .getByRole('listitem')
      .filter({ hasText: literally(text) });
  }

  /** Waits until no card is loading, then scans the page. */
  async expectSettledAndAccessible(label: string) {
    await expect(this.page.getByRole('status', { name: /^Loading/ })).toHaveCount(0);
    await expectAccessible(this.page, label);
  }
}
