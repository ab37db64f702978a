import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import { literally } from './text.js';

/**
 * /policies/:slug/diff: the redline of two versions. A sticky bar (what changed, previous / next change, jump to a
 * section, inline or side by side, exports) over the aligned sections, unchanged ones folded.
 */
export class PolicyDiffPage {
  readonly toolbar: Locator;

  constructor(private readonly page: Page) {
    this.toolbar = page.getByRole('region', { name: 'Redline summary and navigation' });
  }

  /** Opens the redline of two versions by their ids. */
  async goto(slug: string, versions: { from: string; to: string }) {
    await this.page.goto(`/policies/${slug}/diff?from=${versions.from}&to=${versions.to}`);
    await expect(this.toolbar).toBeVisible();
  }

  /** Waits until every section is on the page (a long redline is drawn in steps, the first at once). */
  async expectFullyDrawn() {
    await expect(this.page.getByRole('status').filter({ hasText: /^Showing the first/ })).toHaveCount(0);
  }

  async expectInserted(text: string) {
    await expect(this.page.locator('ins').filter({ hasText: text }).first()).toBeVisible();
    await expectAccessible(this.page, 'diff view');
  }

  /** The summary line ("12 clauses reworded, 3 added, …") and the section counts under it. */
  async expectSummary(clauses: string, sections: string) {
    await expect(this.toolbar.getByText(clauses, { exact: true })).toBeVisible();
    await expect(this.toolbar.getByText(sections, { exact: true })).toBeVisible();
  }

  /** The navigator's position: "858 changes" before the first step, then "Change 3 of 858". */
  async expectPosition(position: string) {
    await expect(this.toolbar.getByText(position, { exact: true })).toBeVisible();
  }

  async next() {
    await this.toolbar.getByRole('button', { name: 'Next change' }).click();
  }

  async previous() {
    await this.toolbar.getByRole('button', { name: 'Previous' }).click();
  }

  /** The shortcuts work wherever the focus is on the redline (n / j next, p / k previous). */
  async press(key: 'n' | 'j' | 'p' | 'k') {
    await this.page.keyboard.press(key);
  }

  /** The change the navigator landed on has the focus and is in view below the sticky bar. */
  async expectLandedOn(element: Locator) {
    await expect(element).toBeFocused();
    await expect(element).toBeInViewport();
    // Not hidden under the sticky bar: its top edge shows below the bar's bottom edge.
    await expect
      .poll(async () => {
        const [box, bar] = await Promise.all([element.boundingBox(), this.toolbar.boundingBox()]);
        return box && bar ? box.y >= bar.y + bar.height : false;
      })
      .toBe(true);
  }

  /** What has the focus: a clause row or a section heading the navigator moved to. */
  focused(): Locator {
    return this.page.locator('*:focus');
  }

  /** What a screen reader hears on landing ("Change 2 of 858: §0.1 removed"). */
  async expectAnnounced(text: RegExp) {
    await expect(this.page.getByRole('status').filter({ hasText: text })).toHaveCount(1);
  }

  /** A section of the redline, by the words of its heading ("§1 Balance"). */
  section(heading: string | RegExp): Locator {
    return this.page.getByRole('region', { name: typeof heading === 'string' ? literally(heading) : heading });
  }

  sectionHeading(heading: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 2, name: heading });
  }

  /** Picks a section in "Jump to section" by typing part of its title, then the option whose label starts so. */
  async jumpTo(typed: string, option: RegExp) {
    const select = this.toolbar.getByRole('combobox', { name: 'Jump to section' });
    await select.click();
    await select.fill(typed);
    await this.page.getByRole('option', { name: option }).click();
  }

  /** Chooses the two versions compared through the pickers above the redline ("Version 1.1 · Live"). */
  async compare(from: RegExp, to: RegExp) {
    await this.pick('To version', to);
    await this.pick('From version', from);
  }

  private async pick(label: string, option: RegExp) {
    await this.page
      .getByRole('textbox', { name: label })
      .or(this.page.getByRole('combobox', { name: label }))
      .click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The "N unchanged sections · show" button of a folded run. */
  foldedSections(count: number): Locator {
    return this.page.getByRole('button', { name: `${count} unchanged section${count === 1 ? '' : 's'} · show` });
  }

  async layout(layout: 'Inline' | 'Side by side') {
    // The segmented control's radios are visually hidden behind their labels: click the label, as a person would.
    await this.toolbar.locator('label').filter({ hasText: layout }).click();
    await expect(this.toolbar.getByRole('radio', { name: layout })).toBeChecked();
  }

  /** Side by side: each section a table, the older text in one column and the newer in the other. */
  async expectSideBySide(fromLabel: string, toLabel: string) {
    await expect(this.page.getByRole('columnheader', { name: `Version ${fromLabel} (older)` }).first()).toBeVisible();
    await expect(this.page.getByRole('columnheader', { name: `Version ${toLabel} (newer)` }).first()).toBeVisible();
  }

  /** Downloads the redline as an HTML document. */
  async exportHtml(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.toolbar.getByRole('link', { name: 'Export HTML' }).click();
    return download;
  }

  /** The visible text of the redline (sections and toolbar), for what a reader sees. */
  async visibleText(): Promise<string> {
    return this.page.getByRole('main').innerText();
  }

  async expectAccessible(label: string) {
    await expectAccessible(this.page, label);
  }
}
