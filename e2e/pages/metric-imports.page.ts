import { expect, type Locator, type Page } from '@playwright/test';
import { literally } from './text.js';

/** /metrics/imports: a metric file chosen and uploaded, its validation report or its counts, the history. */
export class MetricImportsPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/metrics/imports');
    await this.expectOpen();
  }

  async expectOpen() {
    // Often a browser's first page: the app's entry is parsed first, slow on a busy machine.
    await expect(this.page.getByRole('heading', { level: 1, name: 'Metric imports' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(this.page.getByRole('heading', { level: 2, name: 'Upload a file' })).toBeVisible();
  }

  /** Picks the file with the page's file input (its label is the "Choose a file" button), as a person would. */
  async choose(name: string, buffer: Buffer) {
    await this.page.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'text/csv', buffer });
  }

  /** The validation report of a rejected file: its title names the file and how many problems. */
  report(fileName: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: literally(`${fileName} was rejected`) });
  }

  /** The report's row of one problem, found by its line number (the table's first cell). */
  problemOnLine(fileName: string, line: number): Locator {
    return this.report(fileName)
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }

  /** The upload's bar; at 0% its filled section has no width, so it is attached but not visible. */
  uploadProgress(): Locator {
    return this.page.getByRole('progressbar', { name: 'Upload progress' });
  }

  /** The line under the bar: "Uploading: 40% (…)" while bytes go, "Uploaded. Checking the rows…" once sent. */
  uploadProgressText(): Locator {
    return this.page.getByText(/^(Uploading: \d+% \(|Uploaded\. Checking the rows…)/);
  }

  /** What an import completed within the request shows: its counts and a link to the dashboards. */
  completed(fileName: string): Locator {
    return this.page.getByRole('alert').filter({ hasText: literally(`Imported ${fileName}`) });
  }

  /** The sentence screen readers hear when an import's state changes. */
  announcement(): Locator {
    return this.page.getByRole('status').filter({ hasText: /imported|rejected|failed|background job/ });
  }
}
