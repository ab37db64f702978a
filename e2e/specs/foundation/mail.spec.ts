import { expect, test } from '../../fixtures.js';
import { AppShell } from '../../pages/auth.page.js';
import { MailPage } from '../../pages/mail.page.js';

// The e2e server has no SMTP settings, so this is the journey of a workspace whose mail is off.
test('an admin sees that mail is off and where messages go; other roles do not see the mail page', async ({
  page,
  admin,
  newPerson,
  pageAs,
}) => {
  await page.goto('/');
  const shell = new AppShell(page);
  await shell.expectSignedInAs(admin.user.name);
  await shell.navigate('Mail');
  await expect(page).toHaveURL(/\/admin\/mail$/);

  const mail = new MailPage(page);
  await mail.expectOpen();
  await mail.expectMailOff();
  expect((await admin.get<{ enabled: boolean; host: string | null }>('/api/admin/mail')).enabled).toBe(false);

  const manager = await newPerson({ name: 'Mail Manager', role: 'program_manager' });
  const managerPage = await pageAs(manager);
  await managerPage.goto('/');
  await new AppShell(managerPage).expectSignedInAs(manager.user.name);
  await expect(managerPage.getByRole('link', { name: 'Mail', exact: true })).toHaveCount(0);
  await managerPage.goto('/admin/mail');
  await expect(managerPage.getByRole('heading', { level: 1, name: "You don't have access" })).toBeVisible();
  await expect(managerPage.getByRole('region', { name: 'Outgoing mail' })).toHaveCount(0);
});
