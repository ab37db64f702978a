import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** /metrics/policies/{policy}/impact/{version}: design and control, warnings, results per figure, daily charts. */
export class ImpactAnalysisPage {
  constructor(private readonly page: Page) {}

  async expectOpen(policyTitle: string, versionLabel: string) {
    await expect(
      this.page.getByRole('heading', { level: 1, name: `Impact of ${policyTitle} ${versionLabel}`, exact: true }),
    ).toBeVisible();
    await expect(this.results()).toBeVisible();
  }

  /** The design card: its badge ("Difference-in-differences vs DE" or "… — observational") and explanation. */
  design(): Locator {
    return this.card('Design');
  }

  /** The treated markets, the control and the windows. */
  treatedAndControl(): Locator {
    return this.card('Treated and control');
  }

  /** The data-quality warnings shown before any verdict (missing days, a volume break, an overlapping launch). */
  warnings(): Locator {
    // Each warning says which figures it concerns; no other alert of the page does.
    return this.page.getByRole('alert').filter({ hasText: 'Concerns: ' });
  }

  results(): Locator {
    return this.page.getByRole('region', { name: 'Results' }).getByRole('table');
  }

  /** A figure's row of the results: its name, its sentence, the estimate, p-values and verdict. */
  result(figure: string): Locator {
    return this.results()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader').filter({ hasText: literally(figure) }) });
  }

  /**
   * Downloads the first daily chart as a PNG through its Download menu and returns the suggested file name and the
   * bytes.
   */
  async downloadFirstChartPng(): Promise<{ fileName: string; bytes: Buffer }> {
    const charts = this.page.getByRole('region', { name: 'Daily figures' });
    const menu = charts.getByRole('button', { name: /^Download / }).first();
    await menu.click();
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('menuitem', { name: 'Download PNG' }).click();
    const saved = await download;
    return { fileName: saved.suggestedFilename(), bytes: readFileSync((await saved.path())!) };
  }

  private card(heading: string): Locator {
    return this.page
      .locator('div')
      .filter({ has: this.page.getByRole('heading', { level: 2, name: heading, exact: true }) })
      .last();
  }
}
