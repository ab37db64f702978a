import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { signInThroughApi } from '../../fixtures.js';

// Runs after the foundation journeys: the sample workspace (with its applicability grids) is loaded.
test('an admin says a policy differs in a market and cites a clause across its versions', async ({ page }) => {
  await signInThroughApi(page);
  await page.goto('/policies/bullying-and-harassment');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'Edit where it applies' }).click();
  await page.getByRole('button', { name: /^LIVE in France: applies/ }).click();
  await page.getByRole('radio', { name: 'Differs (explain how)' }).check();
  await page.getByRole('textbox', { name: 'How it differs' }).fill('Arcom: LIVE raids reported within 24 hours');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expectAccessible(page, 'applicability grid in edit mode');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Arcom: LIVE raids reported within 24 hours').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit where it applies' })).toBeVisible();
  const grid = (await (await page.request.get('/api/policies/bullying-and-harassment/applicability')).json()) as {
    cells: { state: string; note: string }[];
  };
  expect(grid.cells.some((c) => c.state === 'differs' && c.note.startsWith('Arcom'))).toBe(true);
  await expectAccessible(page, 'policy page with its applicability grid');

  // Reading the policy as it applies in one market is a shareable link.
  await page.getByRole('combobox', { name: 'Market' }).click();
  await page.getByRole('option', { name: /Germany/ }).click();
  await expect(page).toHaveURL(/market=/);
  await expect(page.getByText(/in force in Germany since/)).toBeVisible();
  await page.reload();
  await expect(page.getByText(/in force in Germany since/)).toBeVisible();

  // The sections and clauses panel: go to a clause by number and follow it across versions.
  const goTo = page.getByRole('textbox', { name: 'Go to clause' });
  await goTo.fill('1.1');
  await goTo.press('Enter');
  const drawer = page.getByRole('dialog', { name: /across versions/ });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText(/Bullying.*§1\.1/).first()).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Copy citation' })).toBeVisible();
  await expectAccessible(page, 'clause history drawer');
  await expect(page).toHaveURL(/clause=c-/);
});
