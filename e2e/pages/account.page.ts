import { expect, type Page } from '@playwright/test';
import { expectAccessible } from '../accessibility.js';

/** /account: profile, password, sessions and personal API tokens. */
export class AccountPage {
  constructor(private readonly page: Page) {}

  async openApiTokens() {
    await this.page.getByRole('tab', { name: 'API tokens' }).click();
    await expectAccessible(this.page, 'account');
  }

  /** Creates a token and returns its secret, which the dialog shows once. */
  async createToken(name: string): Promise<string> {
    await this.page.getByRole('button', { name: 'New API token' }).first().click();
    await this.page.getByRole('textbox', { name: 'Token name' }).fill(name);
    await this.page.getByRole('button', { name: 'Create token' }).click();
    const secret = await this.page.getByRole('textbox', { name: 'Token secret' }).inputValue();
    await this.page.getByRole('button', { name: 'Done' }).click();
    return secret;
  }

  async revokeToken(name: string) {
    await this.page.getByRole('button', { name: `Revoke ${name}` }).click();
    await this.page.getByRole('button', { name: 'Revoke token' }).click();
    await expect(this.page.getByRole('button', { name: `Revoke ${name}` })).toHaveCount(0);
  }
}
