import { expect, type Locator, type Page } from '@playwright/test';
import { literally, startingWith } from './text.js';

/** /metrics: the heat map of every policy's change since its latest launch. */
export class MetricsOverviewPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/metrics');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Metrics' })).toBeVisible();
    await expect(this.heatMap().getByRole('table')).toBeVisible();
  }

  heatMap(): Locator {
    return this.page.getByRole('region', { name: 'Change since each policy’s latest launch' });
  }

  /** The policy's row of the heat map: its name links to its dashboard, under it the launch compared. */
  row(policyTitle: string): Locator {
    return this.heatMap()
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: literally(policyTitle) }) });
  }

  async openPolicy(policyTitle: string) {
    await this.row(policyTitle)
      .getByRole('link', { name: literally(policyTitle) })
      .click();
  }
}

/** /metrics/policies/{policy}: headline figures, a figure over time with its launch markers, the breakdown. */
export class PolicyMetricsPage {
  constructor(
    private readonly page: Page,
    private readonly policyTitle: string,
  ) {}

  async goto(policySlug: string) {
    await this.page.goto(`/metrics/policies/${policySlug}`);
    await this.expectOpen();
  }

  async expectOpen() {
    // The first chart page of a browser also parses the charting library (about 450 kB), slow on a busy machine.
    await expect(this.page.getByRole('heading', { level: 1, name: `${this.policyTitle}: metrics` })).toBeVisible({
      timeout: 20_000,
    });
    await expect(this.page.getByRole('heading', { level: 2, name: 'Headline figures' })).toBeVisible();
  }

  /** The time-series chart of one figure ("Overturn rate"): a region titled "<figure> · <policy>". */
  seriesChart(figure: string): Locator {
    return this.page.getByRole('region', { name: `${figure} · ${this.policyTitle}`, exact: true });
  }

  /**
   * The marker a launch draws on the chart: a dashed line labelled "2.0 · Global" (SVG text). A version that took
   * effect on several dates (a market later) has one per date: this is the first.
   */
  launchMarker(figure: string, versionLabel: string): Locator {
    return this.seriesChart(figure)
      .locator('svg')
      .getByText(startingWith(`${versionLabel} · `))
      .first();
  }

  /** The launch under the chart, in words: "Version 2.0, in force Nov 2, 2026 in …". */
  launchLine(figure: string, versionLabel: string): Locator {
    return this.seriesChart(figure)
      .getByText(startingWith(`Version ${versionLabel}, in force `))
      .first();
  }

  /** Each launch date of the version links to the same analysis; the first is followed. */
  async openImpactAnalysis(figure: string, versionLabel: string) {
    await this.seriesChart(figure)
      .getByRole('link', { name: `Impact analysis of ${versionLabel}`, exact: true })
      .first()
      .click();
  }
}
