import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

export class TeamsPage {
  constructor(private readonly page: Page) {}

  async create(team: { name: string; description: string }) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await expectAccessible(this.page, 'teams');
    await this.page.getByRole('button', { name: 'New team' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(team.name);
    await dialog.getByRole('textbox', { name: 'Description' }).fill(team.description);
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await expect(dialog).toBeHidden();
  }

  async addMember(teamName: string, personName: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: teamName })).toBeVisible();
    await this.page.getByRole('combobox', { name: 'Add member' }).fill(personName.split(' ')[0]!);
    await this.page.getByRole('option', { name: new RegExp(personName) }).click();
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.page.getByRole('button', { name: `Remove ${personName} from ${teamName}` })).toBeVisible();
    await expectAccessible(this.page, 'team detail');
  }
}
