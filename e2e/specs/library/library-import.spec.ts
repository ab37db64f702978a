import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expectAccessible } from '../../accessibility.js';
import { signInThroughApi } from '../../fixtures.js';

const GUIDELINES = fileURLToPath(new URL('../../../../shared/data/community-guidelines-versions', import.meta.url));

/** The real dated captures as a person would zip their folder. */
function guidelinesZip(): Buffer {
  const files = Object.fromEntries(
    readdirSync(GUIDELINES).map((name) => [
      `community-guidelines/${name}`,
      strToU8(readFileSync(join(GUIDELINES, name), 'utf8')),
    ]),
  );
  return Buffer.from(zipSync(files));
}

test('an admin imports dated captures, confirms the flagged one, finds them in the library, and exports the library', async ({
  page,
}) => {
  await signInThroughApi(page);
  await page.goto('/policies');
  await page
    .getByRole('link', { name: 'Import & export' })
    .or(page.getByRole('button', { name: 'Import & export' }))
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import & export' })).toBeVisible();
  await expectAccessible(page, 'import and export page');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a .zip file' }).click();
  await (
    await chooser
  ).setFiles({ name: 'community-guidelines.zip', mimeType: 'application/zip', buffer: guidelinesZip() });

  // The dry run: six versions, the sharply shorter 2026 capture waiting for a decision.
  await expect(page.getByRole('cell', { name: 'community-guidelines/2026-07-14.md', exact: true })).toBeVisible();
  await expect(page.getByText(/53% shorter than the previous version/)).toBeVisible();
  const importButton = page.getByRole('button', { name: 'Import 6 versions' });
  await expect(importButton).toBeDisabled();
  await expectAccessible(page, 'import plan with a flagged version');
  await page.getByRole('radio', { name: 'Accept this version' }).check();
  await expect(importButton).toBeEnabled();
  await importButton.click();
  await expect(page.getByText('Imported into the library')).toBeVisible();
  await expectAccessible(page, 'import done');

  await page.goto('/policies/community-guidelines');
  await expect(page.getByRole('heading', { level: 1, name: 'Community Guidelines' })).toBeVisible();
  const versions = (await (await page.request.get('/api/policies/community-guidelines/versions')).json()).items as {
    effectiveDate: string;
    state: string;
  }[];
  expect(versions.map((v) => v.effectiveDate)).toEqual([
    '2026-07-14',
    '2025-06-13',
    '2024-04-17',
    '2023-10-19',
    '2023-03-21',
    '2022-07-11',
  ]);

  await page.goto('/search?q=overgeneralized');
  await expect(page.getByRole('link', { name: /Community Guidelines/ }).first()).toBeVisible();

  await page.goto('/policies/import');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download library (.zip)' }).click();
  const file = await (await download).path();
  const names = Object.keys(unzipSync(readFileSync(file!)));
  expect(names).toContain('library.yaml');
  expect(names).toContain('community-guidelines/2022-07-11.md');
});
