import { expect, type Locator, type Page } from '@playwright/test';
import { dismissNotifications } from './change-requests-detail.page.js';
import { literally } from './text.js';

/** /meetings/:id: the agenda by section (pre-filled, carried forward), each item's outcomes, attendees, notes. */
export class MeetingPage {
  readonly agenda: Locator;

  constructor(private readonly page: Page) {
    this.agenda = page.getByRole('heading', { level: 2, name: 'Agenda' }).locator('xpath=..');
  }

  async expectOpen(groupName: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.getByRole('link', { name: literally(groupName) })).toBeVisible();
  }

  /** One section of the agenda by its label ("Open blockers", "Carried forward"), with its items. */
  section(label: string): Locator {
    return this.agenda.getByText(label, { exact: true }).locator('xpath=..');
  }

  /** An agenda item by its title: its done checkbox, its outcomes and, when carried, "Carried from …". */
  item(title: string | RegExp): Locator {
    return this.agenda
      .getByRole('button', { name: typeof title === 'string' ? `Outcomes of ${title}` : title })
      .locator('xpath=ancestor::*[contains(@style, "border-bottom")][1]');
  }

  private async openOutcome(itemTitle: string, menuItem: 'Record decision' | 'Add action'): Promise<Locator> {
    await dismissNotifications(this.page);
    await this.agenda.getByRole('button', { name: `Outcomes of ${itemTitle}`, exact: true }).click();
    await this.page.getByRole('menuitem', { name: menuItem }).click();
    const dialog = this.page.getByRole('dialog', { name: `${menuItem} · ${itemTitle}` });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  /** Records a decision on an agenda item from its outcome dialog (it is created accepted, from the meeting). */
  async recordDecision(itemTitle: string, decision: { title: string; decision: string; rationale: string }) {
    const dialog = await this.openOutcome(itemTitle, 'Record decision');
    await dialog.getByRole('textbox', { name: 'Title' }).fill(decision.title);
    await dialog.getByRole('textbox', { name: 'Decision' }).fill(decision.decision);
    await dialog.getByRole('textbox', { name: 'Rationale' }).fill(decision.rationale);
    await dialog.getByRole('button', { name: 'Record decision' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.outcome(itemTitle, decision.title)).toBeVisible();
  }

  /** Adds an action on an agenda item, its owner picked from the directory by name. */
  async addAction(itemTitle: string, action: { title: string; owner: string; dueDate: string }) {
    const dialog = await this.openOutcome(itemTitle, 'Add action');
    await dialog.getByRole('textbox', { name: 'Title' }).fill(action.title);
    const owner = dialog.getByRole('combobox', { name: 'Owner', exact: true });
    await owner.click();
    await owner.fill(action.owner);
    await this.page.getByRole('option', { name: action.owner, exact: true }).click();
    await dialog.getByLabel('Due date').fill(action.dueDate);
    await dialog.getByRole('button', { name: 'Add action' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.outcome(itemTitle, action.title)).toBeVisible();
  }

  /** The link to a record an agenda item's outcome created (a decision, an action). */
  outcome(itemTitle: string, recordTitle: string): Locator {
    return this.item(itemTitle).getByRole('link', { name: literally(recordTitle) });
  }
}
