import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /admin/applicability: the workspace's product surfaces and markets. */
export class SurfacesAndMarketsPage {
  constructor(private readonly page: Page) {}

  async expectOpen() {
    await expect(this.surfaces()).toBeVisible();
    await expectAccessible(this.page, 'surfaces and markets');
  }

  surfaces() {
    return this.page.getByRole('list', { name: 'Surfaces, in grid order' });
  }

  markets() {
    return this.page.getByRole('list', { name: 'Markets' });
  }

  async addSurface(name: string) {
    await this.page.getByRole('textbox', { name: 'New surface' }).fill(name);
    await this.page.getByRole('button', { name: 'Add surface' }).click();
    await expect(this.surfaces().getByText(name, { exact: true })).toBeVisible();
  }

  async renameSurface(from: string, to: string) {
    await this.page.getByRole('button', { name: `Rename ${from}` }).click();
    await this.page.getByRole('textbox', { name: `New name for ${from}` }).fill(to);
    await this.page.getByRole('button', { name: `Save the new name of ${from}` }).click();
    await expect(this.surfaces().getByText(to, { exact: true })).toBeVisible();
  }

  async deleteSurface(name: string) {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Delete surface' }).click();
    await expect(this.surfaces().getByText(name, { exact: true })).toHaveCount(0);
  }

  async addCountry(region: string, country: { code: string; name: string }) {
    await this.page.getByRole('button', { name: `Add a country to ${region}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add a country' });
    await dialog.getByRole('textbox', { name: 'Code' }).fill(country.code);
    await dialog.getByRole('textbox', { name: 'Name' }).fill(country.name);
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.markets().getByText(country.name)).toBeVisible();
  }

  /** Tries to delete a market; the caller checks whether it was refused. */
  async tryToDeleteMarket(name: string) {
    await this.page.getByRole('button', { name: `Delete ${name}` }).click();
    await this.page
      .getByRole('dialog')
      .getByRole('button', { name: /Delete/ })
      .click();
  }

  refusal(marketName: RegExp) {
    return this.page.getByRole('alert', { name: marketName });
  }
}
