import type { TestApp, TestClient } from '../../test/test-app.js';

/** A policy with a draft version, owned by `ownerId`, for change requests to target. */
export async function policyWithDraft(
  admin: TestClient,
  slug: string,
  options: { ownerIds?: string[]; restricted?: boolean; memberIds?: string[] } = {},
): Promise<{ policyId: string; draftId: string }> {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json();
  const policy = await admin.post('/api/policies', {
    title: `Policy ${slug}`,
    slug,
    areaId: area.id,
    ownerIds: options.ownerIds ?? [],
    restricted: options.restricted ?? false,
    memberIds: options.memberIds ?? [],
  });
  if (policy.statusCode !== 201) throw new Error(policy.body);
  const draft = (await admin.post(`/api/policies/${slug}/versions`, { body: '# Rule\n\nText.' })).json();
  return { policyId: policy.json().id, draftId: draft.id };
}

/** A person who signs off for a function through a team of that function. */
export async function memberOf(t: TestApp, admin: TestClient, fn: string): Promise<TestClient> {
  const person = await t.signIn('xfn_reviewer');
  const team = (await admin.post('/api/teams', { name: `Team ${fn} ${person.userId}`, function: fn })).json();
  await admin.put(`/api/teams/${team.id}/members/${person.userId}`);
  return person;
}
