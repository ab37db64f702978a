import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { castOf, createInitiative, type Json, type RoadmapCast } from './roadmap-test-kit.js';

describe.each(DIALECTS)('policies linked to initiatives on %s', (dialect) => {
  let t: TestApp;
  let cast: RoadmapCast;
  let open: Json;
  let secret: Json;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    cast = await castOf(t);
    const area = (await cast.admin.post('/api/policy-areas', { name: 'Minor Safety' })).json();
    open = (
      await cast.admin.post('/api/policies', { title: 'Age Requirements', slug: 'age-requirements', areaId: area.id })
    ).json();
    secret = (
      await cast.admin.post('/api/policies', {
        title: 'Grooming Detection Signals',
        slug: 'grooming-signals',
        areaId: area.id,
        restricted: true,
        memberIds: [cast.pm.userId],
      })
    ).json();
  });
  afterEach(async () => t.close());

  it('hides a restricted policy, title and all, from readers who may not see it', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, policyIds: [open.id, secret.id] });
    expect(initiative.policies.map((p: Json) => p.title)).toEqual(['Age Requirements', 'Grooming Detection Signals']);
    expect(initiative.policies[1]).toMatchObject({ restricted: true });
    for (const who of [cast.viewer, cast.owner, cast.contributor]) {
      const res = await who.get(`/api/roadmap/initiatives/${initiative.id}`);
      expect(res.json().policies.map((p: Json) => p.slug)).toEqual(['age-requirements']);
      expect(res.body).not.toContain('Grooming');
      expect(res.body).not.toContain(secret.id);
    }
  });

  it('keeps links an editor cannot see when they replace the list, and refuses linking what they cannot see', async () => {
    const initiative = await createInitiative(cast.pm, { ownerId: cast.owner.userId, policyIds: [secret.id] });
    const edited = await cast.owner.patch(`/api/roadmap/initiatives/${initiative.id}`, {
      version: 1,
      policyIds: [open.id],
    });
    expect(edited.json().policies.map((p: Json) => p.slug)).toEqual(['age-requirements']);
    const asMember = (await cast.pm.get(`/api/roadmap/initiatives/${initiative.id}`)).json();
    expect(asMember.policies.map((p: Json) => p.slug)).toEqual(['age-requirements', 'grooming-signals']);
    const refused = expectProblem(
      await cast.owner.patch(`/api/roadmap/initiatives/${initiative.id}`, { version: 2, policyIds: [secret.id] }),
      400,
      'VALIDATION_FAILED',
    );
    // The same answer as for a policy that does not exist: nothing about it is revealed.
    expect(refused.errors).toEqual([{ path: 'body.policyIds', message: 'Contains a policy that does not exist' }]);
  });
});
