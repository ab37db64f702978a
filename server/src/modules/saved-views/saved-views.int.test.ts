import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const URL = '/api/saved-views';
const LIST = `${URL}?entity=change_requests`;

describe.each(DIALECTS)('saved views on %s', (dialect) => {
  let t: TestApp;
  let me: TestClient;
  let other: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    me = await t.signIn('program_manager');
    other = await t.signIn('viewer');
  });
  afterEach(async () => t.close());

  const save = async (client: TestClient, body: object) => {
    const res = await client.post(URL, { entity: 'change_requests', ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; version: number; name: string; shared: boolean };
  };

  it('saves, lists, renames, shares and deletes my own views; others see only the shared ones', async () => {
    const fast = await save(me, { name: 'Fast lane in drafting', query: { stage: 'drafting', lane: 'fast' } });
    expect(fast).toMatchObject({
      name: 'Fast lane in drafting',
      shared: false,
      version: 1,
      query: { stage: 'drafting', lane: 'fast' },
      owner: { id: me.userId },
      abilities: { update: true, delete: true },
    });
    await save(me, { name: 'Another', query: {} });
    await save(other, { name: 'Theirs, private', query: { q: 'minor' } });
    expect((await me.get(LIST)).json().items.map((v: { name: string }) => v.name)).toEqual([
      'Another',
      'Fast lane in drafting',
    ]);
    expect((await other.get(LIST)).json().items.map((v: { name: string }) => v.name)).toEqual(['Theirs, private']);

    const shared = await me.patch(`${URL}/${fast.id}`, { version: 1, name: 'Fast drafts', shared: true });
    expect(shared.statusCode, shared.body).toBe(200);
    expect(shared.json()).toMatchObject({ name: 'Fast drafts', shared: true, version: 2, query: { lane: 'fast' } });
    const seen = (await other.get(LIST)).json();
    expect(seen.items.map((v: { name: string }) => v.name)).toEqual(['Theirs, private', 'Fast drafts']);
    expect(seen.items[1]).toMatchObject({ abilities: { update: false, delete: false }, owner: { id: me.userId } });
    expect(seen.truncated).toBe(false);

    const requeried = await me.patch(`${URL}/${fast.id}`, { version: 2, query: { type: 'editorial' } });
    expect(requeried.json()).toMatchObject({ query: { type: 'editorial' }, version: 3 });
    expect((await me.delete(`${URL}/${fast.id}?version=3`)).statusCode).toBe(204);
    expect((await other.get(LIST)).json().items).toHaveLength(1);
  });

  it('names the field at fault', async () => {
    const noName = expectProblem(
      await me.post(URL, { entity: 'change_requests', name: '  ', query: {} }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noName.errors?.[0]?.path).toBe('body.name');
    const badEntity = expectProblem(await me.post(URL, { entity: 'policies', name: 'x', query: {} }), 400);
    expect(badEntity.errors?.[0]?.path).toBe('body.entity');
    const badKey = expectProblem(
      await me.post(URL, { entity: 'change_requests', name: 'x', query: { 'a b': 'c' } }),
      400,
    );
    expect(badKey.errors?.[0]?.path).toMatch(/^body\.query/);
    expectProblem(await me.get(`${URL}?entity=nope`), 400, 'VALIDATION_FAILED');
    const view = await save(me, { name: 'Kept', query: {} });
    expectProblem(await me.patch(`${URL}/${view.id}`, { version: 1, name: '' }), 400, 'VALIDATION_FAILED');
    expect((await me.get(LIST)).json().items[0]).toMatchObject({ name: 'Kept', version: 1 });
  });

  it('answers 404 for a missing view and for someone else’s private one', async () => {
    const missing = '01900000-0000-7000-8000-000000000000';
    expectProblem(await me.patch(`${URL}/${missing}`, { version: 1, name: 'x' }), 404, 'NOT_FOUND');
    expectProblem(await me.delete(`${URL}/${missing}?version=1`), 404, 'NOT_FOUND');
    const theirs = await save(other, { name: 'Private', query: {} });
    expectProblem(await me.patch(`${URL}/${theirs.id}`, { version: 1, name: 'Mine now' }), 404, 'NOT_FOUND');
    expectProblem(await me.delete(`${URL}/${theirs.id}?version=1`), 404, 'NOT_FOUND');
  });

  it('refuses changes to someone else’s shared view with 403, even for an admin', async () => {
    const theirs = await save(other, { name: 'Shared', query: { stage: 'intake' }, shared: true });
    const admin = await t.signIn('admin');
    for (const client of [me, admin]) {
      const problem = expectProblem(
        await client.patch(`${URL}/${theirs.id}`, { version: 1, name: 'Taken' }),
        403,
        'FORBIDDEN',
      );
      expect(problem.detail).toContain('who saved this view');
      expectProblem(await client.delete(`${URL}/${theirs.id}?version=1`), 403, 'FORBIDDEN');
    }
    expect((await other.get(LIST)).json().items[0]).toMatchObject({ name: 'Shared', version: 1 });
  });

  it('refuses a stale version with 409 and keeps the newer view', async () => {
    const view = await save(me, { name: 'First', query: {} });
    expect((await me.patch(`${URL}/${view.id}`, { version: 1, name: 'Second' })).statusCode).toBe(200);
    expectProblem(await me.patch(`${URL}/${view.id}`, { version: 1, name: 'Stale' }), 409, 'VERSION_CONFLICT');
    expectProblem(await me.delete(`${URL}/${view.id}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await me.get(LIST)).json().items[0]).toMatchObject({ name: 'Second', version: 2 });
  });

  it('refuses anonymous callers with 401', async () => {
    expectProblem(await t.anonymous.get(LIST), 401, 'UNAUTHENTICATED');
  });
});
