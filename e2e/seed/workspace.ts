import { test, type APIRequest } from '@playwright/test';
import type { InvitationCreated, Role, SampleWorkspaceStatus, SetupStatus } from '@policyops/contracts';
import { ApiSession, NOBODY, type Person } from './api-session.js';

/** The first admin of the shared workspace (every spec but onboarding); whichever spec comes first creates her. */
export const ADMIN: Person = { name: 'Ada Lovelace', email: 'ada@policyops.test', password: 'first admin password' };

/**
 * Signs in as the first admin, creating her first when the workspace is new, so any spec can run first or alone.
 * Throws when the server refuses both.
 */
export async function signInAsFirstAdmin(api: APIRequest, baseURL: string): Promise<ApiSession> {
  const probe = await api.newContext({ baseURL, storageState: NOBODY });
  const { needsSetup } = (await (await probe.get('/api/setup')).json()) as SetupStatus;
  await probe.dispose();
  if (needsSetup) {
    try {
      return await ApiSession.start(api, baseURL, 'Creating the first admin', (request) =>
        request.post('/api/setup', { data: ADMIN }),
      );
    } catch {
      // Another spec created her between the probe and the setup (409): she exists, so signing in works.
    }
  }
  return ApiSession.signIn(api, baseURL, ADMIN);
}

/** The shared workspace's sample includes two years of daily metrics (~770k rows): up to a minute on a busy machine. */
const SAMPLE_LOAD_TIMEOUT = 240_000;

/**
 * Loads the sample workspace unless it is loaded: its policies, people and grids are shared reading material, and a
 * spec that changes a record creates its own instead. The spec that loads it gets the load's time on top of its own.
 * Throws when loading fails for another reason.
 */
export async function ensureSampleWorkspace(admin: ApiSession): Promise<void> {
  const status = await admin.get<SampleWorkspaceStatus>('/api/workspace/sample');
  if (status.loaded) return;
  test.info().setTimeout(test.info().timeout + SAMPLE_LOAD_TIMEOUT);
  try {
    await admin.post('/api/workspace/sample', {}, { timeout: SAMPLE_LOAD_TIMEOUT });
  } catch (error) {
    const now = await admin.get<SampleWorkspaceStatus>('/api/workspace/sample');
    if (!now.loaded) throw error;
  }
}

/**
 * A colleague with a known password, the way people join: the admin invites, the invitee accepts. Returns the
 * invitee's own session (accepting signs in). Throws when the e-mail is taken or the invitation is refused.
 */
export async function createPerson(
  admin: ApiSession,
  api: APIRequest,
  person: Person & { role: Role },
): Promise<ApiSession> {
  const { link } = await admin.post<InvitationCreated>('/api/invitations', {
    email: person.email,
    name: person.name,
    role: person.role,
  });
  const token = new URL(link).pathname.split('/').pop();
  return ApiSession.start(api, admin.baseURL, `Accepting the invitation of ${person.email}`, (request) =>
    request.post('/api/invitations/accept', { data: { token, name: person.name, password: person.password } }),
  );
}
