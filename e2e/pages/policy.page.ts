import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { PolicyApplicabilitySection } from './policy-applicability.section.js';
import { PolicyDiscussionSection } from './policy-discussion.section.js';

/** /policies/:slug: the text in force, where it applies, its clauses, references and discussion. */
export class PolicyPage {
  readonly applicability: PolicyApplicabilitySection;
  readonly discussion: PolicyDiscussionSection;

  constructor(private readonly page: Page) {
    this.applicability = new PolicyApplicabilitySection(page);
    this.discussion = new PolicyDiscussionSection(page);
  }

  async goto(slug: string) {
    await this.page.goto(`/policies/${slug}`);
  }

  async expectTitle(title: string) {
    await expect(this.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  }

  /** A restricted policy is, to a non-member, the same as one that does not exist. */
  async expectNotFound() {
    await expect(this.page.getByText('This policy does not exist or you do not have access')).toBeVisible();
  }

  async expectText(text: string) {
    await expect(this.page.getByText(text, { exact: true })).toBeVisible();
    await expectAccessible(this.page, 'policy page');
  }

  /** Starts a new draft from the text in force; the draft editor opens. */
  async startDraft() {
    await this.page.getByRole('button', { name: 'New draft' }).click();
  }

  async compareVersions() {
    await this.page.getByRole('button', { name: 'Compare versions' }).click();
  }

  /** Reads the policy as it applies in one market: the choice is part of the link. */
  async readIn(market: string) {
    await this.page.getByRole('combobox', { name: 'Market' }).click();
    await this.page.getByRole('option', { name: new RegExp(market) }).click();
    await expect(this.page).toHaveURL(/market=/);
  }

  async expectInForceIn(market: string) {
    await expect(this.page.getByText(new RegExp(`in force in ${market} since`))).toBeVisible();
  }

  /** Goes to a clause by its number; the drawer follows it across versions. */
  async goToClause(number: string) {
    const goTo = this.page.getByRole('textbox', { name: 'Go to clause' });
    await goTo.fill(number);
    await goTo.press('Enter');
    const drawer = this.page.getByRole('dialog', { name: /across versions/ });
    await expect(drawer).toBeVisible();
    return drawer;
  }

  references() {
    return this.page.getByRole('region', { name: 'References' });
  }

  possibleOverlaps() {
    return this.page.getByRole('region', { name: 'Possible overlaps' });
  }
}
