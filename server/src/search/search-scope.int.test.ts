import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../platform/clock.js';
import { BROAD_QUERY_WINDOW } from './search.repository.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../test/test-app.js';

interface Hit {
  policy: { slug: string; status: string };
  version: { label: string; state: string };
  snippet: { text: string; highlight: boolean }[];
}

/**
 * `count` more policies, each with one version in force whose text has `word`, written straight into
 * the tables and the index (newer than anything the test made through the API): the set-up of a
 * search that matches thousands of versions, not the subject.
 */
async function manyPoliciesInForce(t: TestApp, areaId: string, count: number, word: string): Promise<void> {
  const now = new Date().toISOString();
  for (let i = 0; i < count; i += 500) {
    const batch = Array.from({ length: Math.min(500, count - i) }, (_, j) => ({
      n: i + j,
      policy: uuidv7(),
      version: uuidv7(),
    }));
    await t.database.db
      .insertInto('policies')
      .values(
        batch.map((b) => ({
          id: b.policy,
          slug: `noise-${b.n}`,
          title: `Noise ${b.n}`,
          area_id: areaId,
          owning_team_id: null,
          status: 'live',
          tags: '[]',
          restricted: 0,
          retired_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    const body = `A ${word} word.`;
    await t.database.db
      .insertInto('policy_versions')
      .values(
        batch.map((b) => ({
          id: b.version,
          policy_id: b.policy,
          label: '1.0',
          state: 'live',
          effective_date: '2020-01-01',
          change_summary: '',
          body,
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
        batch.map((b) => ({
          entity_id: b.version,
          policy_id: b.policy,
          title: `Noise ${b.n}`,
          body,
          scope: 'current',
        })),
      )
      .execute();
  }
}

describe.each(DIALECTS)('search scope and filters on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let approver: TestClient;
  let areaId: string;

  async function publish(slug: string, body: string, effectiveDate: string) {
    const url = `/api/policies/${slug}/versions`;
    const draft = (await owner.post(url, { body })).json();
    await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await approver.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    expect((await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).statusCode).toBe(
      200,
    );
  }
  const search = async (query: string) =>
    (await owner.get(`/api/search?${query}`)).json() as { items: Hit[]; broad: boolean };

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    approver = await t.signIn('admin');
    areaId = (await owner.post('/api/policy-areas', { name: 'Spam' })).json().id;
  });
  afterEach(async () => t.close());

  it('finds the one match a surface, market or area filter allows, however many newer matches there are', async () => {
    const ownArea = (await owner.post('/api/policy-areas', { name: 'Stories' })).json().id;
    await owner.post('/api/policies', {
      title: 'Story spam',
      slug: 'story-spam',
      areaId: ownArea,
      ownerIds: [owner.userId],
    });
    await publish('story-spam', 'Repeated common stickers.', '2024-01-01');
    const dims = (await owner.get('/api/applicability/dimensions')).json();
    const surface = dims.surfaces[0];
    const market = (code: string) => dims.markets.find((m: { code: string }) => m.code === code).id;
    const policy = (await owner.get('/api/policies/story-spam')).json();
    const grid = await owner.put('/api/policies/story-spam/applicability', {
      version: policy.version,
      cells: [{ surfaceId: surface.id, marketId: market('GLOBAL'), state: 'applies' }],
    });
    expect(grid.statusCode).toBe(200);
    await manyPoliciesInForce(t, areaId, BROAD_QUERY_WINDOW + 20, 'common');

    const unfiltered = await search('q=common');
    expect(unfiltered.broad).toBe(true);
    expect(unfiltered.items).toHaveLength(20);
    for (const filter of [`surfaceId=${surface.id}`, `marketId=${market('EU')}`, `areaId=${ownArea}`]) {
      for (const history of ['', '&history=true']) {
        const filtered = await search(`q=common&${filter}${history}`);
        expect(
          filtered.items.map((h) => h.policy.slug),
          `${filter}${history}`,
        ).toEqual(['story-spam']);
        expect(filtered.broad).toBe(false);
      }
    }
  });

  it('searches the versions in force and open ones by default, every version with history, and follows the clock', async () => {
    await owner.post('/api/policies', { title: 'Link spam', slug: 'link-spam', areaId, ownerIds: [owner.userId] });
    const today = t.clock.today();
    const later = addDays(today, 30);
    await publish('link-spam', 'Zebra links, first rules.', '2024-01-01');
    await publish('link-spam', 'Zebra links, second rules.', '2025-01-01');
    await publish('link-spam', 'Zebra links, third rules.', later);
    expect((await owner.post('/api/policies/link-spam/versions', { body: 'Zebra links, a draft.' })).statusCode).toBe(
      201,
    );
    const labels = async (query: string) =>
      (await search(query)).items
        .map((h) => [h.version.label, h.version.state])
        .sort((a, b) => a[0]!.localeCompare(b[0]!));

    expect(await labels('q=zebra')).toEqual([
      ['1.1', 'live'],
      ['1.3', 'draft'],
    ]);
    expect(await labels('q=zebra&history=true')).toEqual([
      ['1.0', 'superseded'],
      ['1.1', 'live'],
      ['1.2', 'scheduled'],
      ['1.3', 'draft'],
    ]);
    expect(await labels('q=zebra&history=false&to=2024-12-31')).toEqual([]);
    expect(await labels('q=zebra&history=true&to=2024-12-31')).toEqual([['1.0', 'superseded']]);

    // Nobody acts: the date passes and the scheduled version is the one in force.
    t.clock.setToday(addDays(later, 1));
    expect(await labels('q=zebra')).toEqual([
      ['1.2', 'live'],
      ['1.3', 'draft'],
    ]);
  });

  it('still finds the version in force when better-ranked candidates are only scheduled', async () => {
    const later = addDays(t.clock.today(), 10);
    for (const n of [1, 2, 3, 4, 5, 6]) {
      await owner.post('/api/policies', { title: `Spam ${n}`, slug: `spam-${n}`, areaId, ownerIds: [owner.userId] });
      await publish(`spam-${n}`, 'Quokka quokka quokka quokka.', later);
    }
    await owner.post('/api/policies', { title: 'In force', slug: 'in-force', areaId, ownerIds: [owner.userId] });
    await publish('in-force', 'One quokka among many other words of a long policy text.', '2024-01-01');
    for (const query of ['q=quokka&limit=1', `q=quokka&limit=1&areaId=${areaId}`]) {
      const { items } = await search(query);
      expect(
        items.map((h) => [h.policy.slug, h.version.state]),
        query,
      ).toEqual([['in-force', 'live']]);
    }
    expect((await search('q=quokka&history=true&limit=50')).items).toHaveLength(7);
  });

  it('shows snippets as plain text, without Markdown or [[slug]] tokens', async () => {
    await owner.post('/api/policies', { title: 'Link spam', slug: 'link-spam', areaId, ownerIds: [owner.userId] });
    const body = `# Link spam\n\n## Rules\n\n1. **Never** post _repeated_ links; see [[hate-speech]] and [the guide](https://example.com).\n\n${'More words here. '.repeat(400)}\n\n> Quoted **repeated** text.`;
    await owner.post('/api/policies/link-spam/versions', { body });
    const [hit] = (await search('q=repeated')).items;
    const text = hit!.snippet.map((p) => p.text).join('');
    expect(text).toContain('Never post repeated links; see hate-speech and the guide.');
    expect(text).not.toMatch(/\*\*|\[\[|\]\]|##|\]\(|_repeated_/);
    expect(hit!.snippet.filter((p) => p.highlight).map((p) => p.text)).toEqual(['repeated']);
  });
});
