import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /people: the directory and invitations. */
export class PeoplePage {
  constructor(private readonly page: Page) {}

  /** Invites a person and returns the one-time link shown to the admin. */
  async invite(person: { email: string; name: string; role: string }): Promise<string> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    await expectAccessible(this.page, 'people');
    await this.page.getByRole('button', { name: 'Invite person' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'E-mail' }).fill(person.email);
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(person.name);
    await dialog.getByRole('combobox', { name: 'Role' }).click();
    await this.page.getByRole('option', { name: person.role }).click();
    await expectAccessible(this.page, 'invite dialog');
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    const link = this.page.getByLabel('Invitation link');
    await expect(link).toBeVisible();
    return link.inputValue();
  }
}
