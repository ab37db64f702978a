import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

export class SetupPage {
  constructor(private readonly page: Page) {}

  async createFirstAdmin(admin: { name: string; email: string; password: string }) {
    await this.page.goto('/');
    await expect(this.page).toHaveURL(/\/setup/);
    await expectAccessible(this.page, 'setup');
    await this.page.getByLabel('Your name').fill(admin.name);
    await this.page.getByLabel('E-mail').fill(admin.email);
    await this.page.getByLabel('Password', { exact: true }).fill(admin.password);
    await this.page.getByRole('button', { name: 'Create admin account' }).click();
  }
}

export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(email: string, password: string) {
    await expect(this.page).toHaveURL(/\/login/);
    await expectAccessible(this.page, 'login');
    await this.page.getByLabel('E-mail').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}

export class AppShell {
  constructor(private readonly page: Page) {}

  async expectSignedInAs(name: string) {
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(this.page.getByRole('button', { name: 'Account menu' })).toContainText(name.split(' ')[0]!);
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
