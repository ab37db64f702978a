import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

// A manager who may not see a restricted policy must not learn from a refusal that it exists.
describe.each(DIALECTS)('refusals that do not reveal restricted policies on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let hiddenAreaId: string;
  let openAreaId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    hiddenAreaId = (await owner.post('/api/policy-areas', { name: 'Minor Safety' })).json().id;
    openAreaId = (await owner.post('/api/policy-areas', { name: 'Spam' })).json().id;
    await owner.post('/api/policies', {
      title: 'Sextortion draft',
      slug: 'sextortion',
      areaId: hiddenAreaId,
      restricted: true,
      ownerIds: [owner.userId],
    });
    await owner.post('/api/policies', { title: 'Spam', slug: 'spam', areaId: openAreaId });
  });
  afterEach(async () => t.close());

  for (const role of ['program_manager', 'policy_owner'] as const) {
    it(`answers a ${role} who is not a member with a free slug, as for any slug in use`, async () => {
      const outsider = await t.signIn(role);
      const create = (slug: string) => outsider.post('/api/policies', { title: 'Mine', slug, areaId: openAreaId });
      const hidden = expectProblem(await create('sextortion'), 409, 'ALREADY_EXISTS');
      expect(hidden.errors).toEqual([{ path: 'body.slug', message: 'Not available; "sextortion-2" is free' }]);
      expect(hidden.detail).toBe('The URL name "sextortion" is not available; "sextortion-2" is free');
      expect(hidden.detail).not.toMatch(/polic/i);
      // A slug taken by a policy they can see gets the same kind of reply: nothing to tell them apart.
      const visible = expectProblem(await create('spam'), 409, 'ALREADY_EXISTS');
      expect(visible.detail).toBe('The URL name "spam" is not available; "spam-2" is free');

      const mine = (await create('mine')).json();
      const renamed = expectProblem(
        await outsider.patch('/api/policies/mine', { version: mine.version, slug: 'sextortion' }),
        409,
        'ALREADY_EXISTS',
      );
      expect(renamed.detail).toBe(hidden.detail);
      expect((await create('sextortion-2')).statusCode).toBe(201);
      expect(expectProblem(await create('sextortion'), 409).detail).toContain('"sextortion-3" is free');
    });

    it(`refuses a ${role} who is not a member an area delete without counting what they cannot see`, async () => {
      const outsider = await t.signIn(role);
      const area = (await outsider.get('/api/policy-areas'))
        .json()
        .items.find((a: { id: string }) => a.id === hiddenAreaId);
      expect(area.policyCount).toBe(0);
      const refused = expectProblem(
        await outsider.delete(`/api/policy-areas/${hiddenAreaId}?version=${area.version}`),
        409,
        'INVALID_STATE',
      );
      expect(refused.detail).toBe('This area cannot be deleted while it is in use');
      expect(refused.detail).not.toMatch(/polic/i);
      const open = expectProblem(
        await outsider.delete(`/api/policy-areas/${openAreaId}?version=1`),
        409,
        'INVALID_STATE',
      );
      expect(open.detail).toBe('Move its 1 policy elsewhere before deleting this area');
      // The owner, who sees the restricted policy, is told what to move.
      expect(expectProblem(await owner.delete(`/api/policy-areas/${hiddenAreaId}?version=1`), 409).detail).toBe(
        'Move its 1 policy elsewhere before deleting this area',
      );
    });
  }
});
