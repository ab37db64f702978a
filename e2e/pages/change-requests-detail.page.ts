import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/**
 * Closes the app's toasts ("Moved to Scoping"), as a person does before reaching for a button under them: they stack
 * at the top right, over the header's actions, for four seconds each.
 */
export async function dismissNotifications(page: Page) {
  const dismiss = page.getByRole('button', { name: 'Dismiss notification' });
  for (let left = await dismiss.count(); left > 0; left = await dismiss.count())
    // One may close by itself between counting and clicking.
    await dismiss
      .first()
      .click({ timeout: 1_000 })
      .catch(() => undefined);
}

export type SignOffRoleLabel = 'Legal' | 'Moderation Ops' | 'Product' | 'Regional' | 'Policy owner';

/**
 * /change-requests/:id: the header (stage, lane, score, moves, launch), the case, the proposed text, sign-offs, the
 * conflict check, the launch with its adoption campaign, and the timeline.
 */
export class ChangeRequestPage {
  readonly heading: Locator;
  /** The header's title and description: stage and lane badges, owner, score with its formula. */
  readonly header: Locator;
  readonly proposedText: Locator;
  readonly signOffs: Locator;
  readonly conflicts: Locator;
  readonly launchSection: Locator;
  readonly adoption: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^CR-\d+ / });
    this.header = this.heading.locator('xpath=..');
    this.proposedText = page.getByRole('region', { name: 'Proposed text' });
    this.signOffs = page.getByRole('region', { name: 'Sign-offs' });
    this.conflicts = page.getByRole('region', { name: 'Conflict check' });
    this.launchSection = page.getByRole('region', { name: 'Launch', exact: true });
    this.adoption = page.getByRole('region', { name: 'Adoption', exact: true });
  }

  async goto(url: string) {
    await this.page.goto(url);
    await expect(this.heading).toBeVisible();
  }

  /** "CR-12", from the page's title. */
  async number(): Promise<string> {
    return /^(CR-\d+) /.exec(await this.heading.innerText())![1]!;
  }

  async expectStage(stage: string) {
    await expect(this.header.getByText(stage, { exact: true })).toBeVisible();
  }

  /** Moves the CR one stage on from the header's button, which is offered once nothing is missing. */
  async moveTo(stage: string) {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: `Move to ${stage}`, exact: true }).click();
    await this.expectStage(stage);
  }

  /** A blocked move's button opens a list of what is missing. */
  async missingFor(stage: string): Promise<Locator> {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: `Move to ${stage}: not yet, show what is missing` }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: `Cannot move to ${stage} yet` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Starts the draft (the live text copied into a new draft version of the target policy). */
  async startDraft() {
    await this.proposedText.getByRole('button', { name: 'Start the draft' }).click();
    await expect(this.proposedText.getByRole('link', { name: 'Edit in the library editor' })).toBeVisible();
  }

  async openLibraryEditor() {
    await this.proposedText.getByRole('link', { name: 'Edit in the library editor' }).click();
    await expect(this.page.getByRole('textbox', { name: 'Policy text' })).toBeVisible();
  }

  /** Changes fields in the edit dialog and saves. */
  async edit(changes: { effectiveDate?: string }) {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Edit', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Edit CR-\d+$/ });
    if (changes.effectiveDate !== undefined) await dialog.getByLabel('Effective date').fill(changes.effectiveDate);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** One required role in the sign-off list, with its state badge and history (newest first). */
  signOffRole(role: SignOffRoleLabel): Locator {
    return this.signOffs.getByRole('listitem').filter({ has: this.page.getByText(role, { exact: true }) });
  }

  /** The state badge beside a role's name: "Waiting", "Approved", "Requested changes", … (reset ones not counted). */
  signOffState(role: SignOffRoleLabel): Locator {
    return this.signOffRole(role).getByText(role, { exact: true }).locator('xpath=following-sibling::*[1]');
  }

  /** Signs off in the caller's one role: approve, or request changes (a comment is then required). */
  async signOff(decision: 'Approve' | 'Approve with conditions' | 'Request changes', comment = '') {
    await dismissNotifications(this.page);
    await this.signOffs.getByRole('button', { name: 'Sign off' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Sign off CR-\d+$/ });
    // The radios are visually hidden behind their labels: click the label, as a person does.
    await dialog.getByText(decision, { exact: true }).click();
    await expect(dialog.getByRole('radio', { name: decision, exact: true })).toBeChecked();
    if (comment) await dialog.getByRole('textbox').fill(comment);
    await dialog
      .getByRole('button', { name: decision === 'Request changes' ? 'Request changes' : 'Sign off', exact: true })
      .click();
    await expect(dialog).toBeHidden();
  }

  /** A conflict of the check, by its title (another CR's "CR-7 …", a freeze window's name). */
  conflict(title: string): Locator {
    return this.conflicts.getByRole('link', { name: literally(title) });
  }

  /** Selects every open conflict and acknowledges them with a note. */
  async acknowledgeAllConflicts(note: string) {
    await dismissNotifications(this.page);
    await this.conflicts.getByRole('button', { name: 'Select all' }).click();
    await this.conflicts.getByRole('button', { name: /^Acknowledge \d+ selected$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Acknowledge conflicts' });
    await dialog.getByRole('textbox', { name: 'Note' }).fill(note);
    await dialog.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.conflicts.getByText('All acknowledged.')).toBeVisible();
  }

  /** Launches from the header's "Launch…" with the effective date the dialog offers (the CR's). */
  async launch(effectiveDate: string) {
    await dismissNotifications(this.page);
    await this.page.getByRole('button', { name: 'Launch…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Launch CR-\d+$/ });
    await expect(dialog.getByLabel('Effective date')).toHaveValue(effectiveDate);
    await dialog.getByRole('button', { name: 'Launch', exact: true }).click();
    await expect(dialog).toBeHidden();
    await this.expectStage('Launched');
  }

  /** The launched version's link in the launch section ("Version 1.1"). */
  launchedVersion(): Locator {
    return this.launchSection.getByRole('link', { name: /^Version / });
  }
}
