import { expect, type Locator, type Page } from '@playwright/test';

/** /roadmap in its Timeline view: the bars, the critical path panel and the reschedule dialog. */
export class RoadmapTimelinePage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto('/roadmap');
    await this.page.getByRole('radiogroup', { name: 'Roadmap view' }).getByText('Timeline').click();
    await expect(this.page.getByRole('combobox', { name: 'Fiscal year' })).toBeVisible();
  }

  async pickYear(label: string) {
    await this.page.getByRole('combobox', { name: 'Fiscal year' }).click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  /** The focusable bar of an initiative ("Initiative X, Feb 3 to Apr 30, planned, 0%"). */
  bar(title: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^Initiative ${title}, `) });
  }

  get criticalPath(): Locator {
    return this.page.getByRole('region', { name: 'Critical path' });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Drags a bar by `days` (at the scale the bar is drawn with) and drops it. */
  async dragBy(title: string, days: number, perDay: number) {
    const box = (await this.bar(title).boundingBox())!;
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + (days * perDay) / 2, y, { steps: 5 });
    await this.page.mouse.move(x + days * perDay, y, { steps: 5 });
    await this.page.mouse.up();
  }

  /**
   * Changes one end of a focused bar with the keyboard: S or E picks the end, then each step is an arrow
   * (Shift: a week), and Enter opens the reschedule dialog.
   */
  async resizeWithKeys(title: string, side: 'start' | 'end', keys: string[]) {
    await this.bar(title).focus();
    await this.page.keyboard.press(side === 'start' ? 's' : 'e');
    await expect(this.bar(title)).toHaveAccessibleName(new RegExp(`, arrows change the ${side} date$`));
    for (const key of keys) await this.page.keyboard.press(key);
    await this.page.keyboard.press('Enter');
  }

  /** Pixels per day of the chart: a bar's width over its length in days. */
  async pixelsPerDay(title: string, lengthInDays: number): Promise<number> {
    const box = (await this.bar(title).boundingBox())!;
    return box.width / lengthInDays;
  }

  /** The "Show critical path" switch: the panel and the outlines on the bars come and go with it. */
  async showCriticalPath(show: boolean) {
    const toggle = this.page.getByRole('switch', { name: 'Show critical path' });
    await toggle.setChecked(show);
    await expect(toggle).toBeChecked({ checked: show });
  }
}
