import { expect, type Locator, type Page } from '@playwright/test';

/** /roadmap/import and /roadmap/capacity. */
export class RoadmapImportPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/roadmap/import');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import initiatives' })).toBeVisible();
  }

  /** Picks the CSV through the file chooser, as a person would; the dry run follows. */
  async chooseFile(name: string, text: string) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: /Choose (a CSV file|another file)/ }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  }

  get toCreate(): Locator {
    return this.page.getByRole('table', { name: 'Initiatives to be created' });
  }

  importButton(count: number): Locator {
    return this.page.getByRole('button', { name: `Import ${count} initiative${count === 1 ? '' : 's'}` });
  }
}

export class RoadmapCapacityPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/roadmap/capacity');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Capacity & priority' })).toBeVisible();
  }

  /** The grid row of a team. */
  teamRow(name: string): Locator {
    return this.page
      .getByRole('table', { name: /Planned effort against capacity/ })
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').filter({ hasText: name }) });
  }

  /** A team × quarter cell of the grid, named "FY27 Q2: 22 wk planned of 6.6 wk, 15.4 wk over". */
  cell(team: string, quarterLabel: string): Locator {
    return this.teamRow(team).getByLabel(new RegExp(`^${quarterLabel}: `));
  }

  /** Opens the team's inline capacity editor. */
  async editCapacity(team: string) {
    await this.teamRow(team)
      .getByRole('button', { name: `Edit the capacity of ${team}` })
      .click();
    await expect(this.teamRow(team).getByRole('button', { name: 'Save' })).toBeVisible();
  }

  /** In the open editor: gives a quarter a capacity of its own (focus in percent). */
  async setQuarterCapacity(team: string, quarterLabel: string, people: number, focusPercent: number) {
    const row = this.teamRow(team);
    const set = row.getByRole('button', { name: `Set a capacity for ${quarterLabel}` });
    if (await set.isVisible()) await set.click();
    await row.getByRole('textbox', { name: `People in ${quarterLabel}` }).fill(String(people));
    await row.getByRole('textbox', { name: `Focus % in ${quarterLabel}` }).fill(String(focusPercent));
  }

  async saveCapacity(team: string) {
    await this.teamRow(team).getByRole('button', { name: 'Save' }).click();
  }

  /** Picks what to try with an initiative in the what-if panel. */
  async tryWith(title: string, choice: 'Keep' | 'Move' | 'Drop') {
    const row = this.page
      .getByRole('table', { name: 'Initiatives to try moving or dropping' })
      .getByRole('row')
      .filter({ hasText: title });
    await row.getByText(choice, { exact: true }).click();
  }
}
