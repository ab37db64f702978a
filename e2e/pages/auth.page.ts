import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

export class SetupPage {
  constructor(private readonly page: Page) {}

  async createFirstAdmin(admin: { name: string; email: string; password: string }) {
    await this.page.goto('/');
    await expect(this.page).toHaveURL(/\/setup/);
    await expectAccessible(this.page, 'setup');
    await this.page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
    await this.page.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
    await this.page.getByRole('textbox', { name: 'Password', exact: true }).fill(admin.password);
    await this.page.getByRole('button', { name: 'Create admin account' }).click();
  }
}

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

export class AppShell {
  constructor(private readonly page: Page) {}

  async expectSignedInAs(name: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(name.split(' ')[0]!);
    await expect(this.page.getByRole('button', { name: 'Account menu' })).toBeVisible();
  }

  async navigate(link: string) {
    await this.page.getByRole('navigation').getByRole('link', { name: link }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: 'Account menu' }).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(this.page).toHaveURL(/\/login/);
  }
}
