import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** What the new-change-request dialog asks, as its pickers label the choices. */
export interface NewChangeRequest {
  title: string;
  /** "Clarification", "Expansion", … */
  type: string;
  /** "Performance finding", "Escalation", … */
  source: string;
  /** The target policy's title, typed into its search and picked. */
  policy: string;
  problemStatement: string;
  proposal: string;
  /** YYYY-MM-DD. */
  dueDate: string;
  surfaces: string[];
  /** "-15": a change in cases actioned, in percent. */
  volumeChangePct: string;
  /** "Slightly more work per case", … */
  workload: string;
  /** "Low", "Medium", "High", "Critical". */
  risk: string;
  score: { severity: number; reach: number; urgency: number; effort: number };
}

const TAB_QUERY = { Board: 'board', Table: 'table', 'Intake queue': 'queue', 'Waiting on me': 'waiting' } as const;

/** /change-requests: the board by stage, the table, the intake queue, "waiting on me", and the new-CR dialog. */
export class ChangeRequestsPage {
  constructor(private readonly page: Page) {}

  async open(tab: keyof typeof TAB_QUERY = 'Board') {
    await this.page.goto(`/change-requests?tab=${TAB_QUERY[tab]}`);
    await expect(this.page.getByRole('heading', { level: 1, name: 'Change requests' })).toBeVisible();
  }

  /** A column of the board, by its stage ("Intake", "Drafting"). */
  column(stage: string): Locator {
    return this.page.getByRole('region', { name: stage, exact: true });
  }

  /** A card on the board (each card names its CR by number, links to it, and shows the title). */
  card(stage: string, title: string): Locator {
    return this.column(stage)
      .locator('[data-cr-card]')
      .filter({ hasText: literally(title) });
  }

  /** The row of a CR on the "Waiting on me" tab. */
  waitingRow(title: string): Locator {
    return this.page.getByRole('row').filter({ hasText: literally(title) });
  }

  private async pick(scope: Locator, label: string, option: string) {
    await scope.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  /** Opens "New change request" and fills every field; returns the dialog, still open, to check and submit. */
  async fillNew(cr: NewChangeRequest): Promise<Locator> {
    await this.page.getByRole('button', { name: 'New change request' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'New change request' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(cr.title);
    await this.pick(dialog, 'Type', cr.type);
    await this.pick(dialog, 'Source', cr.source);
    const policy = dialog.getByRole('combobox', { name: 'Target policy' });
    await policy.click();
    await policy.fill(cr.policy);
    await this.page.getByRole('option', { name: cr.policy, exact: true }).click();
    await dialog.getByRole('textbox', { name: 'Problem statement' }).fill(cr.problemStatement);
    await dialog.getByRole('textbox', { name: 'Proposal' }).fill(cr.proposal);
    await dialog.getByLabel('Due date').fill(cr.dueDate);
    for (const surface of cr.surfaces) {
      await dialog.getByRole('combobox', { name: 'Surfaces affected' }).click();
      await this.page.getByRole('option', { name: surface, exact: true }).click();
    }
    await dialog.getByRole('textbox', { name: 'Expected volume change (%)' }).fill(cr.volumeChangePct);
    await this.pick(dialog, 'Moderation workload', cr.workload);
    await this.pick(dialog, 'Risk level', cr.risk);
    for (const input of ['Severity', 'Reach', 'Urgency', 'Effort'] as const)
      await this.pick(dialog, input, String(cr.score[input.toLowerCase() as keyof NewChangeRequest['score']]));
    return dialog;
  }

  /** Opens the filled dialog's change request; the app goes to its page. */
  async submitNew(dialog: Locator, title: string) {
    await dialog.getByRole('button', { name: 'Open change request' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByRole('heading', { level: 1, name: literally(title) })).toBeVisible();
  }
}
