import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /policies/import: a zip of dated versions in, a dry run, a decision on flagged versions; the library out. */
export class LibraryImportPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto('/policies/import');
    await this.expectOpen();
  }

  async expectOpen() {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Import & export' })).toBeVisible();
    await expectAccessible(this.page, 'import and export page');
  }

  /** Picks the archive through the file chooser, as a person would; the dry run follows. */
  async chooseArchive(name: string, buffer: Buffer) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Choose a .zip file' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/zip', buffer });
  }

  async expectPlannedFile(path: string) {
    await expect(this.page.getByRole('cell', { name: path, exact: true })).toBeVisible();
  }

  async expectFlag(reason: RegExp) {
    await expect(this.page.getByText(reason)).toBeVisible();
  }

  importButton(versions: number) {
    return this.page.getByRole('button', { name: `Import ${versions} versions` });
  }

  async acceptFlaggedVersion() {
    await this.page.getByRole('radio', { name: 'Accept this version' }).check();
  }

  async import(versions: number) {
    await this.importButton(versions).click();
    await expect(this.page.getByText('Imported into the library')).toBeVisible();
    await expectAccessible(this.page, 'import done');
  }

  /** Downloads the whole library and returns the archive's bytes. */
  async downloadLibrary(): Promise<Buffer> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Download library (.zip)' }).click();
    return readFileSync((await (await download).path())!);
  }
}
