import { expect, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

export interface KeyResultInput {
  type: 'Increase to' | 'Decrease to' | 'Stay at or above' | 'Stay at or below' | 'Milestone' | 'Yes / no';
  title: string;
  baseline?: string;
  target?: string;
  unit?: string;
}

/** /okrs and /okrs/dashboard: the OKR tree and the quarter dashboard of a period. */
export class OkrsPage {
  constructor(private readonly page: Page) {}

  async open(view: 'tree' | 'dashboard' = 'tree') {
    await this.page.goto(view === 'tree' ? '/okrs' : '/okrs/dashboard');
    await expect(this.page.getByRole('heading', { level: 1, name: 'OKRs' })).toBeVisible();
  }

  async switchTo(view: 'Tree' | 'Quarter dashboard') {
    await this.page.getByRole('tab', { name: view }).click();
    await expect(this.page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
  }

  objective(title: string): Locator {
    return this.page.getByRole('article', { name: title });
  }

  async createObjective(objective: { title: string; description: string }) {
    await this.page.getByRole('button', { name: 'New objective' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New objective' });
    await dialog.getByRole('textbox', { name: 'Objective' }).fill(objective.title);
    await dialog.getByRole('textbox', { name: 'Why it matters' }).fill(objective.description);
    await dialog.getByRole('button', { name: 'Create objective' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.objective(objective.title)).toBeVisible();
  }

  /** Opens the key-result dialog of an objective and fills it; returns the dialog, still open, to save. */
  async fillKeyResult(objectiveTitle: string, kr: KeyResultInput): Promise<Locator> {
    await this.page.getByRole('button', { name: `Add a key result to ${objectiveTitle}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New key result' });
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await this.page.getByRole('option', { name: kr.type, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Key result' }).fill(kr.title);
    if (kr.baseline !== undefined) await dialog.getByRole('textbox', { name: 'Baseline' }).fill(kr.baseline);
    if (kr.target !== undefined) await dialog.getByRole('textbox', { name: 'Target' }).fill(kr.target);
    if (kr.unit !== undefined) await dialog.getByRole('textbox', { name: 'Unit' }).fill(kr.unit);
    return dialog;
  }

  async addKeyResult(objectiveTitle: string, kr: KeyResultInput) {
    const dialog = await this.fillKeyResult(objectiveTitle, kr);
    await dialog.getByRole('button', { name: 'Add key result' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.objective(objectiveTitle).getByText(kr.title, { exact: true })).toBeVisible();
  }

  async checkIn(
    krTitle: string,
    checkIn: { value: string; confidence: 'On track' | 'At risk' | 'Off track'; comment: string },
  ) {
    await this.page
      .getByRole('button', { name: `Check in on ${krTitle}` })
      .first()
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Check in: ${krTitle}` });
    await dialog.getByRole('textbox', { name: /Value now/ }).fill(checkIn.value);
    await dialog.getByText(checkIn.confidence, { exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Comment' }).fill(checkIn.comment);
    await expectAccessible(this.page, 'check-in dialog');
    await dialog.getByRole('button', { name: 'Save check-in' }).click();
    await expect(dialog).toBeHidden();
  }

  progressOf(name: string): Locator {
    return this.page.getByRole('progressbar', { name: `Progress of ${name}` }).first();
  }

  async startClosing(periodLabel: string): Promise<ClosePeriodPage> {
    await this.page.getByRole('link', { name: `Close ${periodLabel}…` }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: `Close ${periodLabel}` })).toBeVisible();
    return new ClosePeriodPage(this.page, periodLabel);
  }
}

/** /okrs/close/:periodKey: a score and comment per key result, then the confirmation. */
export class ClosePeriodPage {
  constructor(
    private readonly page: Page,
    private readonly periodLabel: string,
  ) {}

  score(krTitle: string): Locator {
    return this.page.getByRole('textbox', { name: `Score for ${krTitle}` });
  }

  async setScore(krTitle: string, score: string, comment: string) {
    await this.score(krTitle).fill(score);
    await this.page.getByRole('textbox', { name: `Comment on the score of ${krTitle}` }).fill(comment);
  }

  async closeAndConfirm() {
    await this.page.getByRole('button', { name: `Close ${this.periodLabel}…` }).click();
    const dialog = this.page.getByRole('dialog', { name: `Close ${this.periodLabel}?` });
    await expectAccessible(this.page, 'close-period confirmation');
    await dialog.getByRole('button', { name: `Score and lock ${this.periodLabel}` }).click();
    await expect(dialog).toBeHidden();
  }
}
