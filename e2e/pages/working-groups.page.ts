import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** What the "New working group" dialog asks. */
export interface NewWorkingGroup {
  name: string;
  /** The chair's name as the directory shows it, typed into the picker's search and picked. */
  chair: string;
  purpose: string;
  /** "Weekly", "Every other week", "Monthly (same weekday)". */
  repeats: string;
}

/** /working-groups: the list of groups and the "New working group" dialog. */
export class WorkingGroupsPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/working-groups');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Working groups' })).toBeVisible();
  }

  /** Forms a group from the dialog (its first meeting is the one the dialog offers); the app goes to its page. */
  async create(group: NewWorkingGroup) {
    await this.page.getByRole('button', { name: 'New working group' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New working group' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(group.name);
    const chair = dialog.getByRole('combobox', { name: 'Chair', exact: true });
    await chair.click();
    await chair.fill(group.chair);
    await this.page.getByRole('option', { name: group.chair, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Purpose' }).fill(group.purpose);
    await dialog.getByRole('combobox', { name: 'Repeats', exact: true }).click();
    await this.page.getByRole('option', { name: group.repeats, exact: true }).click();
    // The next dates come from the server, which parses the rule as it will save it.
    await expect(dialog.getByText(/^Next dates \(.+\)$/)).toBeVisible();
    await dialog.getByRole('button', { name: 'Form the group' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: literally(group.name) })).toBeVisible();
  }
}

/** /working-groups/:id: charter, members, upcoming dates (each opens its meeting) and the meetings opened. */
export class WorkingGroupPage {
  readonly heading: Locator;

  constructor(
    private readonly page: Page,
    name: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: literally(name) });
  }

  async goto(url: string) {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
  }

  /** The header's line under the title: "Meets every week on Tuesday, 45 minutes". */
  cadence(): Locator {
    return this.heading.locator('xpath=following-sibling::*[1]');
  }

  /** The card with the group's upcoming dates. */
  upcoming(): Locator {
    return this.page.getByRole('heading', { level: 2, name: 'Upcoming meetings' }).locator('xpath=..');
  }

  /** Opens the first upcoming date not opened yet ("Open meeting of <date>"); the app goes to the meeting. */
  async openNextMeeting() {
    await this.upcoming()
      .getByRole('button', { name: /^Open meeting of / })
      .first()
      .click();
    await expect(this.page).toHaveURL(/\/meetings\/[^/]+$/);
  }
}
