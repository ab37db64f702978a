import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Authorship {
  userId: string;
  owns: { items: { title: string; status: string; restricted: boolean; areaName: string }[]; total: number };
  wrote: {
    items: {
      policy: { title: string; slug: string };
      version: { label: string; state: string; effectiveDate: string | null };
    }[];
    total: number;
  };
}

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)("a person's policy work on %s", (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let writer: TestClient;
  let viewer: TestClient;
  let areaId: string;

  const url = (userId: string, query = '') => `/api/users/${userId}/policy-authorship${query}`;
  const read = async (client: TestClient, userId: string, query = ''): Promise<Authorship> => {
    const res = await client.get(url(userId, query));
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  /** A version by `author`, taken through review to `until`. */
  async function version(slug: string, author: TestClient, until: 'draft' | 'live', effectiveDate = '2025-01-01') {
    const base = `/api/policies/${slug}/versions`;
    const draft = (await author.post(base, { body: `# ${slug}` })).json();
    if (until === 'draft') return;
    await author.post(`${base}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${base}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    await owner.post(`${base}/${draft.id}/transitions`, { version: 3, action: 'publish' });
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    writer = await t.signIn('contributor');
    viewer = await t.signIn('viewer');
    areaId = (await owner.post('/api/policy-areas', { name: 'Hate' })).json().id;
    await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId, ownerIds: [owner.userId] });
    await owner.post('/api/policies', {
      title: 'Secret',
      slug: 'secret',
      areaId,
      restricted: true,
      ownerIds: [owner.userId],
      memberIds: [writer.userId],
    });
    await owner.post('/api/policies', { title: 'Later', slug: 'later', areaId });
  });
  afterEach(async () => t.close());

  it('lists what a person owns and wrote, newest first, with the states of today', async () => {
    await version('open', writer, 'live');
    await version('later', writer, 'live', '2099-01-01');
    await version('secret', writer, 'draft');
    await version('open', writer, 'draft');

    const work = await read(owner, writer.userId);
    expect(work.userId).toBe(writer.userId);
    expect(work.wrote.total).toBe(4);
    expect(work.wrote.items.map((i) => [i.policy.title, i.version.label, i.version.state])).toEqual([
      ['Open', '1.1', 'draft'],
      ['Secret', '1.0', 'draft'],
      ['Later', '1.0', 'scheduled'],
      ['Open', '1.0', 'live'],
    ]);
    expect(work.wrote.items[2]!.version.effectiveDate).toBe('2099-01-01');
    expect(work.owns).toEqual({ items: [], total: 0 });

    const owned = await read(owner, owner.userId);
    expect(owned.owns.items.map((p) => [p.title, p.status, p.restricted, p.areaName])).toEqual([
      ['Open', 'live', false, 'Hate'],
      ['Secret', 'draft', true, 'Hate'],
    ]);
  });

  it('hides restricted policies from readers who are not their members', async () => {
    await version('secret', writer, 'draft');
    await version('open', writer, 'draft');
    const outside = await read(viewer, writer.userId);
    expect(outside.wrote.items.map((i) => i.policy.title)).toEqual(['Open']);
    expect(outside.wrote.total).toBe(1);
    const owns = await read(viewer, owner.userId);
    expect(owns.owns.items.map((p) => p.title)).toEqual(['Open']);
    expect(owns.owns.total).toBe(1);
    const admin = await t.signIn('admin');
    expect((await read(admin, owner.userId)).owns.total).toBe(2);
    expect(JSON.stringify(await read(viewer, writer.userId))).not.toContain('Secret');
  });

  it('returns as many as asked and says how many there are', async () => {
    await version('open', writer, 'draft');
    await version('later', writer, 'draft');
    const page = await read(viewer, writer.userId, '?limit=1');
    expect(page.wrote.items).toHaveLength(1);
    expect(page.wrote.total).toBe(2);
  });

  it('refuses a bad limit or id, names a missing person, and needs a caller', async () => {
    const badLimit = expectProblem(await viewer.get(url(writer.userId, '?limit=0')), 400, 'VALIDATION_FAILED');
    expect(badLimit.errors?.[0]?.path).toBe('querystring.limit');
    const badId = expectProblem(await viewer.get(url('nope')), 400, 'VALIDATION_FAILED');
    expect(badId.errors?.[0]?.path).toBe('params.userId');
    expectProblem(await viewer.get(url(MISSING)), 404, 'NOT_FOUND');
    expectProblem(await t.anonymous.get(url(writer.userId)), 401, 'UNAUTHENTICATED');
  });
});
