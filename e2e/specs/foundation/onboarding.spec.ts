import { expect, test } from '@playwright/test';
import { expectAccessible } from '../../accessibility.js';
import { AcceptInvitePage, AppShell, LoginPage, SetupPage } from '../../pages/auth.page.js';
import { AuditLogPage } from '../../pages/audit.page.js';
import { HomePage } from '../../pages/home.page.js';
import { PeoplePage } from '../../pages/people.page.js';

// The one journey that starts from nothing: its project (fresh-workspace) runs it on a server with an empty database
// of its own, so it seeds nothing and needs no other spec before it.
const admin = { name: 'Ada Lovelace', email: 'ada@policyops.test', password: 'first admin password' };
const invitee = { name: 'Priya Raman', email: 'priya@policyops.test', password: 'invited person password' };

test('an admin sets up the workspace, loads the sample, invites a colleague who joins, and sees it in the audit log', async ({
  page,
  browser,
}) => {
  const shell = new AppShell(page);
  await new SetupPage(page).createFirstAdmin(admin);
  await shell.expectSignedInAs(admin.name);
  await new HomePage(page).loadSampleWorkspace();

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
  await expectAccessible(inviteePage, 'home');
  await expect(inviteeShell.navLink('Audit log')).toHaveCount(0);
  await inviteeContext.close();

  await page.keyboard.press('Escape');
  await shell.navigate('Audit log');
  await new AuditLogPage(page).expectEvent('invitation.accepted', invitee.name);
  await shell.signOut();
  await new LoginPage(page).signIn(admin.email, admin.password);
  await shell.expectSignedInAs(admin.name);
});
