import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';
import type { Person } from '../seed/api-session.js';

/** /setup: the first admin's account, shown while the workspace has nobody. */
export class SetupPage {
  constructor(private readonly page: Page) {}

  async createFirstAdmin(admin: Person) {
    await this.page.goto('/');
    await expect(this.page).toHaveURL(/\/setup/);
    await expectAccessible(this.page, 'setup');
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
    await this.page.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await this.page.getByRole('button', { name: 'Create admin account' }).click();
  }
}

/** /login. */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string) {
    await expect(this.page).toHaveURL(/\/login/);
    await expectAccessible(this.page, 'login');
    await this.page.getByRole('textbox', { name: 'E-mail' }).fill(email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}

/** /invite/:token: an invitee chooses a name and password and joins. */
export class AcceptInvitePage {
  constructor(private readonly page: Page) {}

  async accept(link: string, name: string, password: string) {
    await this.page.goto(link);
    await expect(this.page.getByText(/invited you/i)).toBeVisible();
    await expectAccessible(this.page, 'accept invitation');
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(name);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Join workspace' }).click();
  }
}

/** The navigation and account menu around every signed-in page. */
export class AppShell {
  constructor(private readonly page: Page) {}

  async expectSignedInAs(name: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name.split(' ')[0]!);
    await expect(this.page.getByRole('button', { name: 'Account menu' })).toBeVisible();
  }

  navLink(name: string | RegExp) {
    return this.page.getByRole('navigation').getByRole('link', { name });
  }

  async navigate(link: string) {
    await this.navLink(link).click();
  }

  async openAccount() {
    await this.page.getByRole('button', { name: 'Account menu' }).click();
    await this.page.getByRole('menuitem', { name: 'Account' }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Account menu' }).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(this.page).toHaveURL(/\/login/);
  }
}
