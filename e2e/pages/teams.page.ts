import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { literally } from './text.js';

/** /teams: the list of teams and the new-team dialog. */
export class TeamsPage {
  constructor(private readonly page: Page) {}

  async create(team: { name: string; description: string }) {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
    await expectAccessible(this.page, 'teams');
    // An empty list offers the button twice (header and empty state): either opens the same dialog.
    await this.page.getByRole('button', { name: 'New team' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New team' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(team.name);
    await dialog.getByRole('textbox', { name: 'Description' }).fill(team.description);
    await dialog.getByRole('button', { name: 'Create team' }).click();
    await expect(dialog).toBeHidden();
  }

  async open(teamName: string): Promise<TeamPage> {
    await this.page.getByRole('link', { name: teamName }).first().click();
    return new TeamPage(this.page, teamName);
  }
}

/** /teams/:id: one team and its members. */
export class TeamPage {
  constructor(
    private readonly page: Page,
    private readonly teamName: string,
  ) {}

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: this.teamName })).toBeVisible();
  }

  /** Finds the person by name and picks them by e-mail, which tells apart people with the same name. */
  async addMember(person: { name: string; email: string }) {
    await this.expectOpen();
    await this.page.getByRole('combobox', { name: 'Add member' }).fill(person.name);
    await this.page.getByRole('option', { name: literally(person.email) }).click();
    await this.page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(this.page.getByRole('button', { name: `Remove ${person.name} from ${this.teamName}` })).toBeVisible();
    await expectAccessible(this.page, 'team detail');
  }

  async expectMember(name: string) {
    await expect(this.page.getByRole('main').getByRole('link', { name })).toBeVisible();
  }
}
