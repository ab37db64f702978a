import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Page {
  items: { slug: string; title: string; tags: string[] }[];
  nextCursor: string | null;
}

/** Policies written straight into the table: a library of a thousand is set-up here, not the subject. */
async function fillLibrary(t: TestApp, areaId: string, count: number): Promise<void> {
  const now = new Date().toISOString();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: uuidv7(),
    slug: `filler-${String(i).padStart(4, '0')}`,
    title: `Filler ${String(i).padStart(4, '0')}`,
    area_id: areaId,
    owning_team_id: null,
    status: 'draft',
    tags: '[]',
    restricted: 0,
    retired_at: null,
    version: 1,
    created_at: now,
    updated_at: now,
  }));
  for (let i = 0; i < rows.length; i += 200)
    await t.database.db
      .insertInto('policies')
      .values(rows.slice(i, i + 200))
      .execute();
}

async function publish(owner: TestClient, approver: TestClient, slug: string, body: string) {
  const url = `/api/policies/${slug}/versions`;
  const draft = (await owner.post(url, { body })).json();
  await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
  await approver.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: '2025-01-01' });
  expect((await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).statusCode).toBe(200);
}

describe.each(DIALECTS)('the policy list on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let areaId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('pages through every policy and finds a tag or an overlap on the last of more than a thousand', async () => {
    await fillLibrary(t, areaId, 1000);
    const text = '## Definitions\n\n- **Link farm**: many accounts posting the same link.\n\nWe remove link farms.';
    for (const slug of ['alpha-spam', 'zulu-spam']) {
      const title = slug === 'alpha-spam' ? 'Alpha spam' : 'Zulu spam';
      const tags = slug === 'zulu-spam' ? ['spam', 'links'] : ['spam-adjacent'];
      expect(
        (await owner.post('/api/policies', { title, slug, areaId, tags, ownerIds: [owner.userId] })).statusCode,
      ).toBe(201);
      await publish(owner, await t.signIn('admin'), slug, text);
    }

    const tagged = (await owner.get('/api/policies?tag=links')).json() as Page;
    expect(tagged.items.map((p) => p.slug)).toEqual(['zulu-spam']);
    expect(tagged.nextCursor).toBeNull();
    expect(((await owner.get('/api/policies?tag=spam')).json() as Page).items.map((p) => p.slug)).toEqual([
      'zulu-spam',
    ]);
    const overlaps = (await owner.get('/api/policies/alpha-spam/overlaps')).json().items;
    expect(overlaps.map((o: { policy: { slug: string } }) => o.policy.slug)).toEqual(['zulu-spam']);

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = (await owner.get(`/api/policies?limit=200${cursor ? `&cursor=${cursor}` : ''}`)).json() as Page;
      expect(page.items.length).toBeLessThanOrEqual(200);
      seen.push(...page.items.map((p) => p.title));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(6);
    expect(seen).toHaveLength(1002);
    expect(seen.at(0)).toBe('Alpha spam');
    expect(seen.at(-1)).toBe('Zulu spam');
    expect(new Set(seen).size).toBe(1002);
    expect(((await owner.get('/api/policies')).json() as Page).items).toHaveLength(50);
  });

  it('matches % and _ in the search text literally, and refuses a cursor it did not give', async () => {
    for (const [title, slug] of [
      ['100% of reports', 'all-reports'],
      ['1000 reports', 'many-reports'],
      ['Snake_case names', 'snake-names'],
      ['Snakescase names', 'snakes-names'],
    ])
      await owner.post('/api/policies', { title, slug, areaId });
    const titles = async (q: string) =>
      ((await owner.get(`/api/policies?q=${encodeURIComponent(q)}`)).json() as Page).items.map((p) => p.title);
    expect(await titles('100%')).toEqual(['100% of reports']);
    expect(await titles('e_c')).toEqual(['Snake_case names']);
    expect(await titles('%')).toEqual(['100% of reports']);
    expect(await titles('reports')).toEqual(['100% of reports', '1000 reports']);
    expectProblem(await owner.get('/api/policies?cursor=not-a-cursor'), 400, 'VALIDATION_FAILED');
  });

  it('matches tags exactly, whatever their case or punctuation', async () => {
    for (const [slug, tags] of [
      ['one', ['Hate']],
      ['two', ['hate']],
      ['three', ['a "quoted" tag', 'hate,speech']],
    ] as const)
      await owner.post('/api/policies', { title: slug, slug, areaId, tags });
    const slugs = async (tag: string) =>
      ((await owner.get(`/api/policies?tag=${encodeURIComponent(tag)}`)).json() as Page).items.map((p) => p.slug);
    expect(await slugs('hate')).toEqual(['two']);
    expect(await slugs('Hate')).toEqual(['one']);
    expect(await slugs('a "quoted" tag')).toEqual(['three']);
    expect(await slugs('speech')).toEqual([]);
    const policy = (await owner.get('/api/policies/two')).json();
    await owner.patch('/api/policies/two', { version: policy.version, tags: ['love'] });
    expect(await slugs('hate')).toEqual([]);
    expect(await slugs('love')).toEqual(['two']);
  });
});
