import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('policy cross-references on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let areaId: string;

  async function policyWithText(slug: string, body: string, extra: object = {}) {
    await owner.post('/api/policies', {
      title: slug.replace(/-/g, ' '),
      slug,
      areaId,
      ownerIds: [owner.userId],
      ...extra,
    });
    await owner.post(`/api/policies/${slug}/versions`, { body });
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('lists links out, links in and broken links from the current texts', async () => {
    await policyWithText(
      'bullying',
      'Targeted slurs fall under [[hate-speech]]; threats under [[violent-threats]]. `[[in-code]]`',
    );
    await policyWithText('hate-speech', 'See also [[bullying]].');
    await policyWithText('misinformation', 'Unrelated.');
    const refs = (await owner.get('/api/policies/bullying/references')).json();
    expect(refs.basedOn).toMatchObject({ label: '1.0', state: 'draft' });
    expect(refs.references.map((r: { slug: string }) => r.slug)).toEqual(['hate-speech']);
    expect(refs.broken).toEqual(['violent-threats']);
    expect(refs.referencedBy.map((r: { slug: string }) => r.slug)).toEqual(['hate-speech']);
    expect((await owner.get('/api/policies/misinformation/references')).json()).toMatchObject({
      references: [],
      referencedBy: [],
      broken: [],
    });
    expectProblem(await owner.get('/api/policies/nope/references'), 404, 'NOT_FOUND');
  });

  it('follows only the current text, and never reveals a restricted policy to a non-member', async () => {
    await policyWithText('open', 'Links to [[secret]].');
    await policyWithText('secret', 'Links back to [[open]].', { restricted: true });
    const outsider = await t.signIn('viewer');
    const seenByOutsider = (await outsider.get('/api/policies/open/references')).json();
    expect(seenByOutsider).toMatchObject({ references: [], referencedBy: [], broken: ['secret'] });
    const seenByOwner = (await owner.get('/api/policies/open/references')).json();
    expect(seenByOwner.references.map((r: { slug: string }) => r.slug)).toEqual(['secret']);
    expect(seenByOwner.referencedBy.map((r: { slug: string }) => r.slug)).toEqual(['secret']);

    // A newer draft of "secret" that drops the link stops it counting as "referenced by".
    const draft = (await owner.get('/api/policies/secret/versions')).json().items[0];
    await owner.patch(`/api/policies/secret/versions/${draft.id}`, {
      version: draft.version,
      body: 'No links any more.',
    });
    expect((await owner.get('/api/policies/open/references')).json().referencedBy).toEqual([]);
  });
});
