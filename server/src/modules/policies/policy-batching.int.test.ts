import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

/** Statements sent to the database while `work` runs, on every connection and in every transaction. */
async function queriesDuring(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  let base = Object.getPrototypeOf(t.database.db.getExecutor()) as object;
  while (!Object.hasOwn(base, 'executeQuery')) base = Object.getPrototypeOf(base) as object;
  const spy = vi.spyOn(base as { executeQuery: () => unknown }, 'executeQuery');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

// A read or a write costs the same number of queries whether it concerns one related record or many.
describe.each(DIALECTS)('queries that do not grow with the records involved on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let admin: TestClient;
  let areaId: string;

  async function policy(slug: string, body: string) {
    await owner.post('/api/policies', { title: slug, slug, areaId, ownerIds: [owner.userId] });
    const url = `/api/policies/${slug}/versions`;
    const draft = (await owner.post(url, { body })).json();
    await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await admin.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: '2025-01-01' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    return (await owner.get(`/api/policies/${slug}`)).json().id as string;
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    admin = await t.signIn('admin');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('finds the policies referring to one without a query per candidate', async () => {
    await policy('target', 'The target.');
    await policy('one', 'See [[target]].');
    const few = await queriesDuring(t, () => owner.get('/api/policies/target/references'));
    for (const slug of ['two', 'three', 'four']) await policy(slug, 'See [[target]].');
    let refs: { referencedBy: unknown[] } = { referencedBy: [] };
    const many = await queriesDuring(t, async () => {
      refs = (await owner.get('/api/policies/target/references')).json();
    });
    expect(refs.referencedBy).toHaveLength(4);
    expect(many).toBe(few);
  });

  it('lists changes across policies without a query per policy', async () => {
    await policy('one', 'One.');
    const url = '/api/policy-changes?from=2025-01-01&to=2025-01-31';
    const few = await queriesDuring(t, () => owner.get(url));
    for (const slug of ['two', 'three', 'four']) await policy(slug, 'Text.');
    let items: unknown[] = [];
    const many = await queriesDuring(t, async () => {
      items = (await owner.get(url)).json().items;
    });
    expect(items).toHaveLength(4);
    expect(many).toBe(few);
  });

  it('notifies every watcher of a comment without a visibility query per watcher', async () => {
    const id = await policy('watched', 'Text.');
    const comment = (body: string) => owner.post('/api/comments', { entityType: 'policy', entityId: id, body });
    const watcher = async () => (await t.signIn('viewer')).put(`/api/watches/policy/${id}`);
    await watcher();
    await comment('Warm-up: the author now watches too.');
    const few = await queriesDuring(t, () => comment('To one watcher.'));
    for (let i = 0; i < 4; i += 1) await watcher();
    const many = await queriesDuring(t, () => comment('To five watchers.'));
    expect(many).toBe(few);
  });
});
