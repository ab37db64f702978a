import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** /acknowledge/:token: the signed-out page of one person's link: the text, then acknowledge, train, take the quiz. */
export class AcknowledgePage {
  readonly acknowledgeTask: Locator;
  readonly quizTask: Locator;

  constructor(private readonly page: Page) {
    this.acknowledgeTask = page.getByRole('region', { name: 'Acknowledge', exact: true });
    this.quizTask = page.getByRole('region', { name: 'Quiz', exact: true });
  }

  /** Opens a person's link; the page names the person, the audience and the policy. */
  async open(url: string, who: { person: string; audience: string; policy: string }) {
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { level: 1, name: who.policy })).toBeVisible();
    await expect(this.page.getByText(`For ${who.person} · ${who.audience}`)).toBeVisible();
  }

  /** Acknowledges, the name typed as the confirmation. */
  async acknowledge(name: string) {
    const form = this.page.getByRole('form', { name: 'Acknowledge the policy' });
    await form.getByRole('textbox', { name: 'Your name' }).fill(name);
    await form.getByRole('button', { name: 'I have read it and will apply it' }).click();
    await expect(this.acknowledgeTask.getByRole('heading', { name: 'Acknowledge · done' })).toBeVisible();
  }

  /** Answers the quiz's one question and submits; the task then says it was passed. */
  async passQuiz(question: string, answer: string) {
    const form = this.page.getByRole('form', { name: 'Quiz' });
    const group = form.getByRole('radiogroup', { name: new RegExp(`^1\\. ${literally(question).source}`) });
    // The radios are visually hidden behind their labels: click the label, as a person does.
    await group.getByText(answer, { exact: true }).click();
    await expect(group.getByRole('radio', { name: answer, exact: true })).toBeChecked();
    await form.getByRole('button', { name: 'Submit answers' }).click();
    await expect(this.quizTask.getByRole('heading', { name: 'Quiz · done' })).toBeVisible();
    await expect(this.quizTask.getByText(/^Passed .* with 100%/)).toBeVisible();
  }
}
