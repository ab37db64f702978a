import { type Page } from '@playwright/test';

/** "Different dates in some markets" in the draft editor: a version taking effect on another date in a market. */
export class MarketDatesSection {
  constructor(private readonly page: Page) {}

  /** Adds a row for a market (picked by a name it contains, e.g. "Germany") and its own effective date. */
  async add(market: string, effectiveDate: string) {
    const section = this.page.getByRole('region', { name: 'Different dates in some markets' });
    const rows = await section.getByRole('combobox').count();
    await section.getByRole('button', { name: 'Add market' }).click();
    const picker = section.getByRole('combobox').nth(rows);
    await picker.click();
    await this.page.getByRole('option', { name: new RegExp(market) }).click();
    await section.getByLabel(rows === 0 ? 'Takes effect' : `Takes effect, row ${rows + 1}`).fill(effectiveDate);
  }
}
