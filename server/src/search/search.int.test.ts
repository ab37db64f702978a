import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROAD_QUERY_WINDOW } from './search.repository.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../test/test-app.js';

describe.each(DIALECTS)('search on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Hate Speech' })).json().id;
    const other = (await owner.post('/api/policy-areas', { name: 'Regulated Goods' })).json().id;
    await owner.post('/api/policies', { title: 'Hate Speech', slug: 'hate-speech', areaId, ownerIds: [owner.userId] });
    await owner.post('/api/policies/hate-speech/versions', {
      body: 'We remove slurs that target protected attributes such as religion.',
    });
    await owner.post('/api/policies', { title: 'Firearms', slug: 'firearms', areaId: other });
    await owner.post('/api/policies/firearms/versions', {
      body: 'No sale of firearms or ammunition. Slurs are covered elsewhere.',
    });
    await owner.post('/api/policies', {
      title: 'Secret grooming draft',
      slug: 'secret',
      areaId,
      restricted: true,
      ownerIds: [owner.userId],
    });
    await owner.post('/api/policies/secret/versions', { body: 'Sextortion patterns and slurs used by groomers.' });
  });
  afterEach(async () => t.close());

  it('finds versions by words and prefixes, ranks title matches first, and highlights as plain-text parts', async () => {
    const res = (await owner.get('/api/search?q=slur')).json();
    expect(res.items.map((h: { policy: { slug: string } }) => h.policy.slug).sort()).toEqual([
      'firearms',
      'hate-speech',
      'secret',
    ]);
    const hit = res.items.find((h: { policy: { slug: string } }) => h.policy.slug === 'hate-speech');
    expect(
      hit.snippet.filter((p: { highlight: boolean }) => p.highlight).map((p: { text: string }) => p.text.toLowerCase()),
    ).toContain('slurs');
    expect(hit.version).toMatchObject({ label: '1.0', state: 'draft' });
    const titled = (await owner.get('/api/search?q=firearms')).json().items;
    expect(titled[0].policy.slug).toBe('firearms');
    expect(
      (await owner.get('/api/search?q=religion%20slurs'))
        .json()
        .items.map((h: { policy: { slug: string } }) => h.policy.slug),
    ).toEqual(['hate-speech']);
  });

  it('filters by area, status and effective date, and follows edits, discards and renames', async () => {
    const hateArea = (await owner.get('/api/policy-areas'))
      .json()
      .items.find((a: { name: string }) => a.name === 'Hate Speech').id;
    expect(
      (await owner.get(`/api/search?q=slurs&areaId=${hateArea}`))
        .json()
        .items.map((h: { policy: { slug: string } }) => h.policy.slug)
        .sort(),
    ).toEqual(['hate-speech', 'secret']);
    expect((await owner.get('/api/search?q=slurs&status=live')).json().items).toHaveLength(0);
    expect((await owner.get('/api/search?q=slurs&from=2020-01-01')).json().items).toHaveLength(0);

    const draft = (await owner.get('/api/policies/firearms/versions')).json().items[0];
    await owner.patch(`/api/policies/firearms/versions/${draft.id}`, {
      version: draft.version,
      body: 'No sale of crossbows.',
    });
    expect((await owner.get('/api/search?q=ammunition')).json().items).toHaveLength(0);
    expect((await owner.get('/api/search?q=crossbows')).json().items).toHaveLength(1);
    const policy = (await owner.get('/api/policies/firearms')).json();
    await owner.patch('/api/policies/firearms', { version: policy.version, title: 'Weapons and ammunition' });
    expect((await owner.get('/api/search?q=weapons')).json().items[0].policy.title).toBe('Weapons and ammunition');
    await owner.delete(`/api/policies/firearms/versions/${draft.id}?version=${draft.version + 1}`);
    expect((await owner.get('/api/search?q=crossbows')).json().items).toHaveLength(0);
    const documents = await t.database.db.selectFrom('search_documents').select('entity_id').execute();
    expect(documents.map((d) => d.entity_id).sort()).toEqual(
      (await t.database.db.selectFrom('policy_versions').select('id').execute()).map((v) => v.id).sort(),
    );
    if (dialect === 'sqlite') {
      // Every document is found through the rowid map, so saves never scan the index.
      expect(
        (await t.database.db.selectFrom('search_rowids').select('entity_id').execute()).map((r) => r.entity_id).sort(),
      ).toEqual(documents.map((d) => d.entity_id).sort());
    }
  });

  it('never shows a restricted policy to a non-member, treats engine syntax as words, and validates input', async () => {
    const outsider = await t.signIn('viewer');
    expect((await outsider.get('/api/search?q=sextortion')).json().items).toHaveLength(0);
    expect(
      (await outsider.get('/api/search?q=slurs'))
        .json()
        .items.map((h: { policy: { slug: string } }) => h.policy.slug)
        .sort(),
    ).toEqual(['firearms', 'hate-speech']);
    for (const q of [
      '"unbalanced',
      'NEAR(slurs',
      'slurs AND OR',
      '*',
      'col:slurs',
      "'; drop table policies; --",
      '!!&&||',
    ]) {
      const res = await owner.get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(200);
    }
    expectProblem(await owner.get('/api/search?q='), 400, 'VALIDATION_FAILED');
    expectProblem(await owner.get(`/api/search?q=${'x'.repeat(300)}`), 400, 'VALIDATION_FAILED');
    expectProblem(await t.anonymous.get('/api/search?q=slurs'), 401, 'UNAUTHENTICATED');
  });
  it('ranks a word found in thousands of earlier versions among the newest ones and says so', async () => {
    const policyId = (await owner.get('/api/policies/hate-speech')).json().id;
    const now = new Date().toISOString();
    const rows = Array.from({ length: BROAD_QUERY_WINDOW + 50 }, (_, i) => ({
      id: `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      n: i,
    }));
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await t.database.db
        .insertInto('policy_versions')
        .values(
          chunk.map((r) => ({
            id: r.id,
            policy_id: policyId,
            label: `9.${r.n}`,
            state: 'superseded',
            effective_date: '2020-01-01',
            change_summary: '',
            body: `Common word ${r.n === 7 ? 'common common common' : ''}`,
            author_id: null,
            approver_id: null,
            published_at: now,
            version: 1,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
      await t.database.db
        .insertInto('search_documents')
        .values(
          chunk.map((r) => ({
            entity_id: r.id,
            policy_id: policyId,
            title: 'Hate Speech',
            body: `Common word ${r.n === 7 ? 'common common common' : ''}`,
            scope: 'history',
          })),
        )
        .execute();
    }
    const broad = (await owner.get('/api/search?q=common&limit=5&history=true')).json();
    expect(broad.items).toHaveLength(5);
    expect(broad.broad).toBe(true);
    // Earlier versions are not searched by default, so the same words are not broad there.
    expect((await owner.get('/api/search?q=common&limit=5')).json()).toMatchObject({ items: [], broad: false });
    const narrow = (await owner.get('/api/search?q=slurs')).json();
    expect(narrow.broad).toBe(false);
  });
});
