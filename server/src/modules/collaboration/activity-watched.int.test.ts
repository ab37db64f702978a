import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Entry {
  verb: string;
  summary: string;
  actor: { id: string } | null;
  entity: { id: string; title: string };
}
interface Page {
  items: Entry[];
  nextCursor: string | null;
}

describe.each(DIALECTS)('activity on what I watch on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let watcher: TestClient;
  let areaId: string;

  const createPolicy = async (title: string, slug: string) =>
    (await owner.post('/api/policies', { title, slug, areaId })).json() as { id: string; version: number };
  const watch = (client: TestClient, id: string) => client.put(`/api/watches/policy/${id}`);
  const watched = async (client: TestClient, query = '') =>
    (await client.get(`/api/activity?watched=true${query}`)).json() as Page;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    watcher = await t.signIn('contributor');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it("lists others' activity on the records I watch, newest first, leaving out my own and what I do not watch", async () => {
    const bullying = await createPolicy('Bullying', 'bullying');
    await createPolicy('Spam', 'spam');
    expect((await watch(watcher, bullying.id)).statusCode).toBe(200);
    await owner.patch('/api/policies/bullying', { version: bullying.version, tags: ['abuse'] });
    await owner.patch('/api/policies/spam', { version: 1, tags: ['scam'] });
    await watcher.post('/api/comments', { entityType: 'policy', entityId: bullying.id, body: 'Mine, not news to me.' });

    const page = await watched(watcher);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((e) => [e.entity.title, e.verb])).toEqual([
      ['Bullying', 'updated'],
      ['Bullying', 'created'],
    ]);
    expect(page.items.every((e) => e.actor?.id === owner.userId)).toBe(true);

    // The unfiltered feed still has everything, the watcher's comment included.
    const all = (await watcher.get('/api/activity')).json() as Page;
    expect(all.items.map((e) => e.verb)).toContain('commented');
    expect(all.items).toHaveLength(5);

    // Someone who watches nothing gets an empty page.
    expect(await watched(await t.signIn('viewer'))).toEqual({ items: [], nextCursor: null });
  });

  it('leaves out records the reader may no longer see', async () => {
    const open = await createPolicy('Open', 'open');
    const closing = await createPolicy('Closing', 'closing');
    await createPolicy('Unwatched', 'unwatched');
    await watch(watcher, open.id);
    await watch(watcher, closing.id);
    expect((await watched(watcher)).items.map((e) => e.entity.title)).toEqual(['Closing', 'Open']);

    const restricted = await owner.patch('/api/policies/closing', {
      version: closing.version,
      restricted: true,
      memberIds: [owner.userId],
    });
    expect(restricted.statusCode).toBe(200);
    expect((await watched(watcher)).items.map((e) => e.entity.title)).toEqual(['Open']);
  });

  it('pages with the limit and a cursor', async () => {
    const policy = await createPolicy('Paged', 'paged');
    await createPolicy('Unwatched', 'unwatched');
    await watch(watcher, policy.id);
    let version = policy.version;
    for (const tag of ['a', 'b', 'c', 'd']) {
      const res = await owner.patch('/api/policies/paged', { version, tags: [tag] });
      version = res.json().version;
    }
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page = await watched(watcher, `&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((e) => e.summary));
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual((await watched(watcher)).items.map((e) => e.summary));
    expect(seen).toHaveLength(5);
  });

  it('names the field at fault for a bad flag, limit or cursor', async () => {
    const path = async (query: string) =>
      expectProblem(await watcher.get(`/api/activity?${query}`), 400, 'VALIDATION_FAILED').errors?.[0]?.path;
    expect(await path('watched=maybe')).toBe('querystring.watched');
    expect(await path('watched=true&limit=0')).toBe('querystring.limit');
    expect(await path('watched=true&limit=201')).toBe('querystring.limit');
    expect(await path('watched=true&cursor=not-a-cursor')).toBe('querystring.cursor');
  });
});
