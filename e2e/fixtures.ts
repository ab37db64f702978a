import { test as base, type BrowserContext, type Page } from '@playwright/test';
import type { Role } from '@policyops/contracts';
import { NOBODY, type ApiSession } from './seed/api-session.js';
import { emailFor, newRunId } from './seed/run-id.js';
import { createPerson, signInAsFirstAdmin } from './seed/workspace.js';

export { expect } from '@playwright/test';

/** Every seeded colleague signs in with this; each has an e-mail of its own run. */
const PERSON_PASSWORD = 'seeded person password';

interface SeedFixtures {
  /** Suffix for everything this test creates (names, slugs, e-mails), so no other spec or run collides with it. */
  runId: string;
  /** The shared workspace's first admin, signed in through the API (created if the workspace is new). */
  admin: ApiSession;
  /** A colleague with a known password, invited and accepted through the API; signed in as them. */
  newPerson: (person: { name: string; role: Role }) => Promise<ApiSession>;
  /** A page in a browser of its own, already signed in as `session` (its cookie, not the sign-in form). */
  pageAs: (session: ApiSession) => Promise<Page>;
  /** A page in a browser of its own that nobody is signed in to, for what the public sees. */
  visitorPage: Page;
}

/**
 * The test every spec of the shared workspace uses: `page` starts signed in as the first admin through her API
 * session, because signing in is not the journey; the onboarding spec, whose journey it is, uses the plain test.
 */
export const test = base.extend<SeedFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
  runId: async ({}, use) => {
    await use(newRunId());
  },
  admin: async ({ playwright, baseURL }, use) => {
    const admin = await signInAsFirstAdmin(playwright.request, baseURL!);
    await use(admin);
    await admin.dispose();
  },
  storageState: async ({ admin }, use) => {
    await use(await admin.storageState());
  },
  newPerson: async ({ admin, playwright, runId }, use) => {
    const sessions: ApiSession[] = [];
    await use(async ({ name, role }) => {
      const email = emailFor(name, runId);
      const session = await createPerson(admin, playwright.request, { name, email, role, password: PERSON_PASSWORD });
      sessions.push(session);
      return session;
    });
    for (const session of sessions) await session.dispose();
  },
  pageAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (session) => {
      // The context takes the project's options (base URL, viewport, reduced motion) from the test.
      const context = await browser.newContext({ storageState: await session.storageState() });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
  visitorPage: async ({ browser }, use) => {
    // Explicitly empty: without it the context would take the admin's cookie from the `storageState` option.
    const context = await browser.newContext({ storageState: NOBODY });
    await use(await context.newPage());
    await context.close();
  },
});
