import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications } from './change-requests-detail.page.js';
import { literally } from './text.js';

/** /adoption/campaigns/:id: materiality, the gate and who holds it, completion by audience, curve and person links. */
export class AdoptionCampaignPage {
  readonly heading: Locator;
  readonly gate: Locator;
  readonly completion: Locator;
  readonly links: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Adoption of CR-\d+: / });
    this.gate = page.getByRole('region', { name: 'Adoption gate' });
    this.completion = page.getByRole('table', { name: 'Completion by audience' });
    this.links = page.getByRole('region', { name: 'Person links' });
  }

  async expectOpen() {
    await expect(this.heading).toBeVisible();
  }

  /** The gate's badge: "Holding" until every audience reaches the figure, then "Passed". */
  async expectGate(state: 'Holding' | 'Passed') {
    await expect(this.gate.getByText(state, { exact: true })).toBeVisible();
  }

  /** The line of "Who is holding it" about one audience. */
  holder(audience: string): Locator {
    return this.gate.getByRole('listitem').filter({ hasText: literally(audience) });
  }

  audienceRow(audience: string): Locator {
    return this.completion.getByRole('row').filter({ hasText: literally(audience) });
  }

  /**
   * Settings: a one-question quiz (the first option correct) and a gate on the quiz pass rate at the threshold the
   * dialog offers (90%), saved.
   */
  async requireQuizGate(quiz: { question: string; correct: string; wrong: string }) {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Campaign settings' });
    await dialog.getByRole('switch', { name: 'Ask people to pass a short quiz' }).check();
    await dialog.getByRole('textbox', { name: 'Question 1', exact: true }).fill(quiz.question);
    await dialog.getByRole('textbox', { name: 'Option 1 of question 1', exact: true }).fill(quiz.correct);
    await dialog.getByRole('textbox', { name: 'Option 2 of question 1', exact: true }).fill(quiz.wrong);
    await expect(dialog.getByRole('radio', { name: 'Option 1 of question 1 is correct' })).toBeChecked();
    await dialog
      .getByRole('switch', { name: 'Require a figure in every audience before the change counts as adopted' })
      .check();
    await expect(dialog.getByRole('combobox', { name: 'Figure' })).toHaveValue('Quiz passed');
    await expect(dialog.getByRole('textbox', { name: 'At least' })).toHaveValue('90%');
    await dialog.getByRole('button', { name: 'Save settings' }).click();
    await expect(dialog).toBeHidden();
  }

  /**
   * Creates a signed link for each person of an audience (names alone, one a line) and returns each person's link
   * from the dialog that shows them once.
   */
  async createLinks(audience: string, people: string[]): Promise<Map<string, string>> {
    await dismissNotifications(this.page);
    await this.links.getByRole('button', { name: 'Create links' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Create person links' });
    await expect(dialog.getByRole('combobox', { name: 'Audience' })).toHaveValue(audience);
    await dialog.getByRole('textbox', { name: 'People' }).fill(people.join('\n'));
    await dialog.getByRole('button', { name: 'Create links' }).click();
    const created = this.page.getByRole('dialog', { name: `Links for ${audience}` });
    await expect(created.getByText('Shown this once')).toBeVisible();
    const urls = new Map<string, string>();
    for (const person of people)
      urls.set(person, await created.getByRole('textbox', { name: person, exact: true }).inputValue());
    await created.getByRole('button', { name: 'Done' }).click();
    await expect(created).toBeHidden();
    return urls;
  }
}
