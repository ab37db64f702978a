import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /policies: the library by area, with the new-policy dialog and the ways to what changed and import. */
export class PolicyLibraryPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/policies');
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Policies' })).toBeVisible();
  }

  policyLink(title: string | RegExp) {
    return this.page.getByRole('link', { name: title });
  }

  async expectListed(title: string) {
    await expect(this.policyLink(title).first()).toBeVisible();
  }

  /** Creates a policy in an area and returns the slug the dialog suggested from the title. */
  async createPolicy(policy: { title: string; area: string }): Promise<string> {
    await this.page.getByRole('button', { name: 'New policy' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New policy' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(policy.title);
    const slug = await dialog.getByRole('textbox', { name: 'Slug' }).inputValue();
    await dialog.getByRole('combobox', { name: 'Area' }).click();
    await this.page.getByRole('option', { name: policy.area }).click();
    await dialog.getByRole('button', { name: 'Create policy' }).click();
    await expect(dialog).toBeHidden();
    return slug;
  }

  async openWhatChanged() {
    await this.page.getByRole('link', { name: 'What changed' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'What changed' })).toBeVisible();
    await expectAccessible(this.page, 'what changed');
  }

  async openImportExport() {
    await this.page
      .getByRole('link', { name: 'Import & export' })
      .or(this.page.getByRole('button', { name: 'Import & export' }))
      .first()
      .click();
  }
}
