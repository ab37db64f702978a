import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

export interface NewInitiative {
  title: string;
  description: string;
  owner: string;
  status: 'Proposed' | 'Planned' | 'In progress';
  /** A quarter option as the picker labels it, e.g. "FY30 Q1 · now". */
  startQuarter: string;
  endQuarter: string;
}

/** /roadmap and /roadmap/initiatives/:id: the initiatives table and an initiative's page. */
export class RoadmapPage {
  constructor(private readonly page: Page) {}

  async open(query = '') {
    await this.page.goto(`/roadmap${query}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Roadmap' })).toBeVisible();
  }

  /** The table row of an initiative. */
  row(title: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  private async pick(scope: Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Opens the new-initiative dialog and fills it; returns the dialog, still open, to save. */
  async fillInitiative(input: NewInitiative): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New initiative' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New initiative' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(input.title);
    await dialog.getByRole('textbox', { name: 'Description' }).fill(input.description);
    await this.pick(dialog, 'Owner', input.owner);
    await this.pick(dialog, 'Status', input.status);
    await this.pickQuarter(dialog, 'Starts', input.startQuarter);
    await this.pickQuarter(dialog, 'Ends', input.endQuarter);
    return dialog;
  }

  async pickQuarter(dialog: Locator, label: 'Starts' | 'Ends', quarter: string) {
    await this.pick(dialog, label, quarter);
  }

  /** Saves the dialog; the app then opens the new initiative's page. */
  async saveInitiative(dialog: Locator, title: string) {
    await dialog.getByRole('button', { name: 'Create initiative' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name });
  }

  async addMilestone(milestone: { title: string; kind: string; date: string }) {
    const form = this.page.getByRole('form', { name: 'Add a milestone' });
    await form.getByRole('textbox', { name: 'Milestone' }).fill(milestone.title);
    await this.pick(form, 'Kind', milestone.kind);
    await form.getByLabel('Date').fill(milestone.date);
    await form.getByRole('button', { name: 'Add milestone' }).click();
    await expect(this.section('Milestones').getByRole('cell', { name: milestone.title, exact: true })).toBeVisible();
  }

  /** Opens a milestone's editor from its row; returns the dialog, to fill with `fillMilestone` or inspect. */
  async openMilestoneEditor(title: string): Promise<Locator> {
    await this.section('Milestones')
      .getByRole('button', { name: `Edit the milestone ${title}`, exact: true })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Edit “${title}”` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Changes the given fields of a milestone in its editor and saves; waits for the editor to close. */
  async editMilestone(title: string, changes: { title?: string; kind?: string; date?: string }) {
    const dialog = await this.openMilestoneEditor(title);
    if (changes.title !== undefined) await dialog.getByRole('textbox', { name: 'Milestone' }).fill(changes.title);
    if (changes.kind !== undefined) await this.pick(dialog, 'Kind', changes.kind);
    if (changes.date !== undefined) await dialog.getByLabel('Date').fill(changes.date);
    await dialog.getByRole('button', { name: 'Save milestone' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Fills the dependency form ("Waits on" or "Blocks" another initiative) and submits it. */
  async addDependency(direction: 'Waits on' | 'Blocks', other: string) {
    const form = this.page.getByRole('form', { name: 'Add a dependency' });
    // The segmented control's radios are visually hidden behind their labels: click the label, as a person does.
    await form.getByText(direction, { exact: true }).click();
    await expect(form.getByRole('radio', { name: direction })).toBeChecked();
    const picker = form.getByRole('combobox', { name: `${direction} initiative` });
    await picker.click();
    await picker.fill(other);
    await this.page.getByRole('option', { name: other, exact: true }).click();
    await form.getByRole('button', { name: 'Add dependency' }).click();
  }

  async postUpdate(health: 'On track' | 'At risk' | 'Off track', narrative: string) {
    const form = this.page.getByRole('form', { name: 'Post a health update' });
    await form.getByText(health, { exact: true }).click();
    await expect(form.getByRole('radio', { name: health })).toBeChecked();
    await form.getByRole('textbox', { name: 'What moved, what is at risk, what you need' }).fill(narrative);
    await form.getByRole('button', { name: 'Post update' }).click();
  }

  /**
   * Posts an update whose narrative is `before`, an @mention of `person` picked from the suggestions (searched and
   * chosen by e-mail: names can repeat), then `after`.
   */
  async postUpdateMentioning(
    health: 'On track' | 'At risk' | 'Off track',
    before: string,
    person: { name: string; email: string },
    after: string,
  ) {
    const form = this.page.getByRole('form', { name: 'Post a health update' });
    await form.getByText(health, { exact: true }).click();
    await expect(form.getByRole('radio', { name: health })).toBeChecked();
    const narrative = form.getByRole('textbox', { name: 'What moved, what is at risk, what you need' });
    await narrative.fill(`${before} @${person.email.split('@')[0]}`);
    await this.page
      .getByRole('listbox', { name: 'People to mention' })
      .getByRole('option', { name: literally(person.email) })
      .click();
    await narrative.press('End');
    await narrative.pressSequentially(after);
    await form.getByRole('button', { name: 'Post update' }).click();
  }

  /** Links a key result of the initiative's fiscal year from its Key results card. */
  async linkKeyResult(title: string) {
    const card = this.section('Key results');
    await card.getByRole('button', { name: 'Link a key result' }).click();
    await card.getByRole('combobox', { name: 'Key result' }).click();
    await this.page.getByRole('option', { name: title, exact: true }).click();
  }
}
