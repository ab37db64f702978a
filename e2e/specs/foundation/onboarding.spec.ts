import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { ADMIN, INVITEE } from '../../fixtures.js';
import { AppShell, LoginPage, SetupPage } from '../../pages/auth.page.js';
import { AcceptInvitePage, AuditLogPage, PeoplePage } from '../../pages/people.page.js';

const admin = ADMIN;
const invitee = INVITEE;

test('an admin sets up the workspace, invites a colleague who joins, and sees it in the audit log', async ({
  page,
  browser,
}) => {
  const shell = new AppShell(page);
  await new SetupPage(page).createFirstAdmin(admin);
  await shell.expectSignedInAs(admin.name);
  await expectAccessible(page, 'home');

  await shell.navigate('People');
  const link = await new PeoplePage(page).invite({ email: invitee.email, name: invitee.name, role: 'Policy owner' });
  expect(link).toContain('/invite/');

  // The invitee opens the link in their own browser, joins, signs out and signs in with the new password.
  const inviteeContext = await browser.newContext();
  const inviteePage = await inviteeContext.newPage();
  await new AcceptInvitePage(inviteePage).accept(link, invitee.name, invitee.password);
  const inviteeShell = new AppShell(inviteePage);
  await inviteeShell.expectSignedInAs(invitee.name);
  await inviteeShell.signOut();
  await new LoginPage(inviteePage).signIn(invitee.email, invitee.password);
  await inviteeShell.expectSignedInAs(invitee.name);
  await expect(inviteePage.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await inviteeContext.close();

  await page.keyboard.press('Escape');
  await shell.navigate('Audit log');
  await new AuditLogPage(page).expectEvent('invitation.accepted', invitee.name);
  await shell.signOut();
  await new LoginPage(page).signIn(admin.email, admin.password);
  await shell.expectSignedInAs(admin.name);
});
