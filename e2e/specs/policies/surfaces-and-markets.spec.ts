import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { signInThroughApi } from '../../fixtures.js';

// Runs after the foundation journeys: the workspace has its seeded surfaces and markets.
test('an admin adds, renames and removes a surface, adds a country to a region, and cannot delete a market in use', async ({
  page,
}) => {
  await signInThroughApi(page);
  await page.getByRole('navigation').getByRole('link', { name: 'Surfaces & markets' }).click();
  await expect(page.getByRole('list', { name: 'Surfaces, in grid order' })).toBeVisible();
  await expectAccessible(page, 'surfaces and markets');

  await page.getByRole('textbox', { name: 'New surface' }).fill('Stories');
  await page.getByRole('button', { name: 'Add surface' }).click();
  const surfaces = page.getByRole('list', { name: 'Surfaces, in grid order' });
  await expect(surfaces.getByText('Stories', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Rename Stories' }).click();
  await page.getByRole('textbox', { name: 'New name for Stories' }).fill('Stories & Now');
  await page.getByRole('button', { name: 'Save the new name of Stories' }).click();
  await expect(surfaces.getByText('Stories & Now', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Delete Stories & Now' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete surface' }).click();
  await expect(surfaces.getByText('Stories & Now', { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add a country to Asia-Pacific' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a country' });
  await dialog.getByRole('textbox', { name: 'Code' }).fill('JP');
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Japan');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Markets' }).getByText('Japan')).toBeVisible();

  // The European Union has countries and grids that use it: the refusal says why and nothing changes.
  await page.getByRole('button', { name: 'Delete European Union' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /Delete/ })
    .click();
  await expect(page.getByRole('alert', { name: /European Union/ })).toContainText(/countries|used/);
  await expect(page.getByRole('list', { name: 'Markets' }).getByText('European Union')).toBeVisible();
  await expectAccessible(page, 'surfaces and markets after a refused delete');
});
