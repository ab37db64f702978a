import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { startingWith } from './text.js';

/** "Where it applies" on a policy page: the surfaces x markets grid and its editor. */
export class PolicyApplicabilitySection {
  constructor(private readonly page: Page) {}

  async startEditing() {
    await this.page.getByRole('button', { name: 'Edit where it applies' }).click();
  }

  /** Marks one cell as differing, from the state it shows now (e.g. "applies"), with a note on how. */
  async markDiffers(cell: { surface: string; market: string; from: string }, note: string) {
    await this.page
      .getByRole('button', { name: startingWith(`${cell.surface} in ${cell.market}: ${cell.from}`) })
      .click();
    await this.page.getByRole('radio', { name: 'Differs (explain how)' }).check();
    await this.page.getByRole('textbox', { name: 'How it differs' }).fill(note);
    await this.page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expectAccessible(this.page, 'applicability grid in edit mode');
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(this.page.getByRole('button', { name: 'Edit where it applies' })).toBeVisible();
  }

  async expectNote(note: string) {
    await expect(this.page.getByText(note).first()).toBeVisible();
  }
}
