import type { TestApp, TestClient } from '../../test/test-app.js';

/** The directory id of a signed-in test user (created on first use, like the app does). */
export async function stakeholderOf(t: TestApp, client: TestClient): Promise<string> {
  return (await t.services.stakeholders.directory.forUser(t.database.scope, client.userId)).id;
}

/** Two teams for dependencies. */
export async function twoTeams(admin: TestClient): Promise<[string, string]> {
  const a = (await admin.post('/api/teams', { name: 'Legal EMEA', function: 'legal' })).json();
  const b = (await admin.post('/api/teams', { name: 'Mod Ops Accra', function: 'moderation_ops' })).json();
  return [a.id, b.id];
}
