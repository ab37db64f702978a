import { expect, test } from '../../fixtures.js';
import { AccountPage } from '../../pages/account.page.js';
import { AppShell } from '../../pages/auth.page.js';
import { CommandPalette } from '../../pages/command-palette.page.js';
import { TeamsPage } from '../../pages/teams.page.js';

// Seeds the first admin (if new) and a colleague of this run; the team and token are this run's too.
test('an admin builds a team, jumps to it with the command palette, and manages an API token', async ({
  page,
  admin,
  newPerson,
  runId,
}) => {
  const colleague = (await newPerson({ name: 'Kenji Watanabe', role: 'contributor' })).user;
  const teamName = `Elections Integrity Policy ${runId}`;
  const tokenName = `Warehouse export ${runId}`;

  await page.goto('/');
  const shell = new AppShell(page);
  await shell.expectSignedInAs(admin.user.name);

  await shell.navigate('Teams');
  const teams = new TeamsPage(page);
  await teams.create({ name: teamName, description: 'Election misinformation and voter suppression rules.' });
  const team = await teams.open(teamName);
  await team.addMember(colleague);

  // Keyboard only: open the palette, find the team, open it.
  await shell.navigate('Home');
  const palette = new CommandPalette(page);
  await palette.open();
  await palette.search(teamName, teamName);
  await palette.openFirstResult();
  await team.expectOpen();
  await team.expectMember(colleague.name);

  await shell.openAccount();
  const account = new AccountPage(page);
  await account.openApiTokens();
  const secret = await account.createToken(tokenName);
  expect(secret).toMatch(/^pat_/);
  const viaToken = await page.request.get('/api/auth/session', { headers: { authorization: `Bearer ${secret}` } });
  expect((await viaToken.json()).user.email).toBe(admin.user.email);

  await account.revokeToken(tokenName);
  const afterRevoke = await page.request.get('/api/auth/session', { headers: { authorization: `Bearer ${secret}` } });
  expect(afterRevoke.status()).toBe(401);
});
