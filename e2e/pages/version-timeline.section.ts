import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** "Versions" on a policy page: every version newest first, with its state today and where a market differs. */
export class VersionTimelineSection {
  constructor(private readonly page: Page) {}

  /** The timeline entry of one version, by its label ("2.0"). */
  entry(label: string): Locator {
    return this.page
      .getByRole('region', { name: 'Versions' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: `Version ${label}`, exact: true }) });
  }

  /** The entry's state badge says `state` ("Live", or "Scheduled · takes effect …" matched from its start). */
  async expectState(label: string, state: string | RegExp) {
    const badge = typeof state === 'string' ? new RegExp(`^${literally(state).source}$`) : state;
    await expect(this.entry(label).getByText(badge)).toBeVisible();
  }

  /** The entry says how the version stands in a market that differs ("Scheduled in Germany until …"). */
  async expectMarketNote(label: string, note: string | RegExp) {
    await expect(this.entry(label).getByText(note)).toBeVisible();
  }

  async expectNoMarketNote(label: string, market: string) {
    await expect(this.entry(label).getByText(new RegExp(`in ${market}`))).toHaveCount(0);
  }
}
