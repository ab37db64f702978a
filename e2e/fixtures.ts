import { expect, type Page } from '@playwright/test';

/** The workspace's first admin, created through the setup page by the onboarding journey (which runs first). */
export const ADMIN = { name: 'Ada Lovelace', email: 'ada@policyops.test', password: 'first admin password' };

/** The policy owner the onboarding journey invites (she accepts and sets this password). */
export const INVITEE = { name: 'Priya Raman', email: 'priya@policyops.test', password: 'invited person password' };

/** Signs in through the API (seeding, not the thing under test) and lands on the home page. */
export async function signInThroughApi(page: Page, user: { email: string; password: string } = ADMIN): Promise<void> {
  const setup = await page.request.get('/api/setup');
  if ((await setup.json()).needsSetup) {
    expect((await page.request.post('/api/setup', { data: { ...ADMIN } })).status()).toBe(201);
  } else {
    expect((await page.request.post('/api/auth/login', { data: user })).status()).toBe(200);
  }
  await page.goto('/');
}
