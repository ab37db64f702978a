import { expect, type Locator, type Page } from '@playwright/test';

/** /roadmap/baselines: a year's baselines and the comparison of the live roadmap with one. */
export class RoadmapBaselinesPage {
  constructor(private readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/roadmap/baselines${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Roadmap baselines' })).toBeVisible();
  }

  async save(name: string) {
    await this.page.getByRole('button', { name: 'Save baseline' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Save baseline' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save baseline' }).click();
    await expect(dialog).toBeHidden();
  }

  baselineRow(name: string): Locator {
    return this.page.getByRole('table', { name: 'Baselines' }).getByRole('row').filter({ hasText: name });
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }

  /** A row of a section's table, by the milestone or initiative it names. */
  sectionRow(title: string, name: string): Locator {
    return this.section(title).getByRole('row').filter({ hasText: name });
  }

  async compareWithDay(date: string) {
    await this.page.getByRole('textbox', { name: 'Or as it was on' }).fill(date);
  }
}
