import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { ADMIN, signInThroughApi } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { TeamsPage } from '../../pages/teams.page.js';

test('an admin loads the sample workspace, builds a team, jumps to it with the command palette, and manages an API token', async ({
  page,
}) => {
  await signInThroughApi(page);
  const shell = new AppShell(page);
  await shell.expectSignedInAs(ADMIN.name);

  await page.getByRole('button', { name: 'Load sample workspace' }).click();
  await expect(page.getByText('Sample workspace loaded')).toBeVisible();

  await shell.navigate('Teams');
  const teams = new TeamsPage(page);
  await teams.create({
    name: 'Elections Integrity Policy',
    description: 'Election misinformation and voter suppression rules.',
  });
  await page.getByRole('link', { name: 'Elections Integrity Policy' }).first().click();
  await teams.addMember('Elections Integrity Policy', 'Kenji Watanabe');

  // Keyboard only: open the palette, find the team, open it.
  await shell.navigate('Home');
  await page.keyboard.press('Control+k');
  const search = page.getByRole('textbox', { name: 'Search pages, people and teams' });
  await search.fill('Elections');
  await expect(
    page
      .getByRole('button', { name: /Elections Integrity Policy/ })
      .or(page.getByRole('option', { name: /Elections Integrity Policy/ }))
      .first(),
  ).toBeVisible();
  await expectAccessible(page, 'command palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Elections Integrity Policy' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'Kenji Watanabe' })).toBeVisible();

  await page.getByRole('button', { name: 'Account menu' }).click();
  await page.getByRole('menuitem', { name: 'Account' }).click();
  await page.getByRole('tab', { name: 'API tokens' }).click();
  await expectAccessible(page, 'account');
  await page.getByRole('button', { name: 'New API token' }).first().click();
  await page.getByRole('textbox', { name: 'Token name' }).fill('Warehouse export');
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = await page.getByRole('textbox', { name: 'Token secret' }).inputValue();
  expect(secret).toMatch(/^pat_/);
  const viaToken = await page.request.get('/api/auth/session', { headers: { authorization: `Bearer ${secret}` } });
  expect((await viaToken.json()).user.email).toBe(ADMIN.email);
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'Revoke Warehouse export' }).click();
  await page.getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('button', { name: 'Revoke Warehouse export' })).toHaveCount(0);
  const afterRevoke = await page.request.get('/api/auth/session', { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status()).toBe(401);
});
