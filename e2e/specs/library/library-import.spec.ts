import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { expectAccessible } from '../../accessibility.js';
import { expect, test } from '../../fixtures.js';
import { LibraryImportPage } from '../../pages/library-import.page.js';
import { PolicyLibraryPage } from '../../pages/policy-library.page.js';
import { PolicyPage } from '../../pages/policy.page.js';
import { SearchPage } from '../../pages/search.page.js';

const GUIDELINES = fileURLToPath(new URL('../../../../shared/data/community-guidelines-versions', import.meta.url));

/** The real dated captures as a person would zip their folder; the folder (the policy's slug) is this run's. */
function guidelinesZip(folder: string): Buffer {
  const files = Object.fromEntries(
    readdirSync(GUIDELINES).map((name) => [`${folder}/${name}`, strToU8(readFileSync(join(GUIDELINES, name), 'utf8'))]),
  );
  return Buffer.from(zipSync(files));
}

// Seeds only the first admin: the imported policy, named by its folder, is this run's own.
test('an admin imports dated captures, confirms the flagged one, finds them in the library, and exports the library', async ({
  page,
  runId,
}) => {
  const slug = `community-guidelines-${runId}`;
  const library = new PolicyLibraryPage(page);
  await library.goto();
  await library.openImportExport();
  const importPage = new LibraryImportPage(page);
  await importPage.expectOpen();
  await importPage.chooseArchive('community-guidelines.zip', guidelinesZip(slug));

  // The dry run: six versions, the sharply shorter 2026 capture waiting for a decision.
  await importPage.expectPlannedFile(`${slug}/2026-07-14.md`);
  await importPage.expectFlag(/53% shorter than the previous version/);
  await expect(importPage.importButton(6)).toBeDisabled();
  await expectAccessible(page, 'import plan with a flagged version');
  await importPage.acceptFlaggedVersion();
  await expect(importPage.importButton(6)).toBeEnabled();
  await importPage.import(6);

  const policy = new PolicyPage(page);
  await policy.goto(slug);
  await policy.expectTitle('Community Guidelines');
  const versions = (await (await page.request.get(`/api/policies/${slug}/versions`)).json()).items as {
    effectiveDate: string;
  }[];
  expect(versions.map((v) => v.effectiveDate)).toEqual([
    '2026-07-14',
    '2025-06-13',
    '2024-04-17',
    '2023-10-19',
    '2023-03-21',
    '2022-07-11',
  ]);

  // Other runs may have imported the same guidelines: this run's result is the one linking to its slug.
  const search = new SearchPage(page);
  await search.goto('overgeneralized');
  await expect(
    search
      .result(/Community Guidelines/)
      .and(page.locator(`[href*="/policies/${slug}"]`))
      .first(),
  ).toBeVisible();

  await importPage.goto();
  const names = Object.keys(unzipSync(await importPage.downloadLibrary()));
  expect(names).toContain('library.yaml');
  expect(names).toContain(`${slug}/2022-07-11.md`);
});
