import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /policies/:slug/versions/:id: the draft editor for its author, the review and publishing controls for others. */
export class PolicyVersionPage {
  constructor(private readonly page: Page) {}

  /** Writes the draft and checks the live preview shows `preview` from it. */
  async write(draft: { text: string; effectiveDate?: string; changeSummary?: string; preview?: string }) {
    await this.page.getByRole('textbox', { name: 'Policy text' }).fill(draft.text);
    if (draft.effectiveDate) await this.page.getByLabel('Effective date').fill(draft.effectiveDate);
    if (draft.changeSummary) await this.page.getByRole('textbox', { name: 'Change summary' }).fill(draft.changeSummary);
    if (draft.preview) await expect(this.page.getByText(draft.preview).last()).toBeVisible();
  }

  async save() {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
    await expect(this.page.getByText('Draft saved').first()).toBeVisible();
    await expectAccessible(this.page, 'draft editor');
  }

  /** Submits through the reviewers dialog, adding `reviewer` to the policy's other owners it starts with. */
  async submitForReview(reviewer?: string) {
    await this.page.getByRole('button', { name: 'Submit for review' }).click();
    const dialog = this.page.getByRole('dialog');
    if (reviewer) {
      await dialog.getByRole('combobox', { name: 'Reviewers' }).fill(reviewer);
      await this.page.getByRole('option', { name: reviewer }).click();
      await this.page.keyboard.press('Escape');
    }
    await expectAccessible(this.page, 'submit for review dialog');
    await dialog.getByRole('button', { name: 'Submit for review' }).click();
    await expect(this.page.getByRole('button', { name: 'Submit for review' })).toHaveCount(0);
  }

  /** Approves through the decision dialog, with an optional comment kept with the review. */
  async approve(comment?: string) {
    await this.page.getByRole('button', { name: 'Approve' }).click();
    const dialog = this.page.getByRole('dialog');
    if (comment) await dialog.getByRole('textbox', { name: 'Comment (optional)' }).fill(comment);
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  async makeLive() {
    await this.page.getByRole('button', { name: 'Make live' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Make live' }).click();
    await expect(this.page.getByRole('button', { name: 'Make live' })).toHaveCount(0);
  }

  /** Publishing to the public changelog: a deliberate second act after making a version live, with a public summary. */
  async addToPublicChangelog(publicSummary = 'We clarified what this policy covers.') {
    await this.page.getByRole('button', { name: 'Add to public changelog' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Public summary' }).fill(publicSummary);
    await dialog.getByRole('button', { name: 'Publish to changelog' }).click();
    await expect(this.page.getByText('On the public changelog since')).toBeVisible();
  }
}
