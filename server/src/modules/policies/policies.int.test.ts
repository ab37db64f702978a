import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('policy areas and policies on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
  });
  afterEach(async () => t.close());

  it('builds an area tree and refuses cycles, duplicate names and deleting a used area', async () => {
    const hate = (await owner.post('/api/policy-areas', { name: 'Hate Speech' })).json();
    const child = (await owner.post('/api/policy-areas', { name: 'Hateful Ideologies', parentId: hate.id })).json();
    const grandchild = (await owner.post('/api/policy-areas', { name: 'Slurs', parentId: child.id })).json();
    expectProblem(await owner.post('/api/policy-areas', { name: 'Hate Speech' }), 409, 'ALREADY_EXISTS');
    const cycle = expectProblem(
      await owner.patch(`/api/policy-areas/${hate.id}`, { version: 1, parentId: grandchild.id }),
      400,
      'VALIDATION_FAILED',
    );
    expect(cycle.errors?.[0]?.path).toBe('body.parentId');
    expectProblem(
      await owner.patch(`/api/policy-areas/${hate.id}`, { version: 1, parentId: hate.id }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await owner.delete(`/api/policy-areas/${hate.id}?version=1`), 409, 'INVALID_STATE');
    expect(
      (await owner.patch(`/api/policy-areas/${grandchild.id}`, { version: 1, parentId: hate.id })).json().parentId,
    ).toBe(hate.id);
    expectProblem(
      await owner.patch(`/api/policy-areas/${grandchild.id}`, { version: 1, name: 'Stale' }),
      409,
      'VERSION_CONFLICT',
    );
    expect((await owner.delete(`/api/policy-areas/${grandchild.id}?version=2`)).statusCode).toBe(204);
    expect((await owner.get('/api/policy-areas')).json().items.map((a: { name: string }) => a.name)).toEqual([
      'Hate Speech',
      'Hateful Ideologies',
    ]);
  });

  it('creates policies with unique slugs, filters them by subtree, status and tag, and finds them by slug', async () => {
    const root = (await owner.post('/api/policy-areas', { name: 'Minor Safety' })).json();
    const sub = (await owner.post('/api/policy-areas', { name: 'Grooming', parentId: root.id })).json();
    const created = await owner.post('/api/policies', {
      title: 'Grooming and sextortion',
      slug: 'grooming',
      areaId: sub.id,
      tags: ['csea'],
      ownerIds: [owner.userId],
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: 'grooming',
      status: 'draft',
      areaName: 'Grooming',
      owners: [{ id: owner.userId }],
      currentVersion: null,
    });
    const dup = expectProblem(
      await owner.post('/api/policies', { title: 'Other', slug: 'grooming', areaId: root.id }),
      409,
      'ALREADY_EXISTS',
    );
    expect(dup.errors?.[0]?.path).toBe('body.slug');
    const bad = expectProblem(
      await owner.post('/api/policies', { title: '', slug: 'Not A Slug', areaId: 'nope' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.areaId', 'body.slug', 'body.title']);
    expectProblem(
      await owner.post('/api/policies', { title: 'X', slug: 'x-y', areaId: '01900000-0000-7000-8000-000000000000' }),
      400,
      'VALIDATION_FAILED',
    );
    expect((await owner.get(`/api/policies?areaId=${root.id}`)).json().items).toHaveLength(1);
    expect((await owner.get('/api/policies?tag=csea&status=draft')).json().items).toHaveLength(1);
    expect((await owner.get('/api/policies?tag=other')).json().items).toHaveLength(0);
    expect((await owner.get('/api/policies/grooming')).json().title).toBe('Grooming and sextortion');
    expectProblem(await owner.get('/api/policies/no-such-policy'), 404, 'NOT_FOUND');
    const v = created.json().version;
    expect((await owner.patch('/api/policies/grooming', { version: v, title: 'Grooming' })).json()).toMatchObject({
      title: 'Grooming',
      version: v + 1,
    });
    expectProblem(await owner.patch('/api/policies/grooming', { version: v, title: 'Stale' }), 409, 'VERSION_CONFLICT');
  });

  it('keeps a restricted policy invisible to non-members: 404, absent from lists and counts', async () => {
    const area = (await owner.post('/api/policy-areas', { name: 'Minor Safety' })).json();
    const member = await t.signIn('contributor');
    const outsider = await t.signIn('program_manager');
    const admin = await t.signIn('admin');
    await owner.post('/api/policies', {
      title: 'Sextortion draft',
      slug: 'sextortion',
      areaId: area.id,
      restricted: true,
      ownerIds: [owner.userId],
      memberIds: [member.userId],
    });
    await owner.post('/api/policies', { title: 'Open policy', slug: 'open', areaId: area.id });
    for (const insider of [owner, member, admin]) {
      expect((await insider.get('/api/policies/sextortion')).statusCode).toBe(200);
      expect((await insider.get('/api/policies')).json().items).toHaveLength(2);
    }
    expectProblem(await outsider.get('/api/policies/sextortion'), 404, 'NOT_FOUND');
    expectProblem(await outsider.get('/api/policies/sextortion/versions'), 404, 'NOT_FOUND');
    expectProblem(
      await outsider.patch('/api/policies/sextortion', { version: 1, restricted: false }),
      404,
      'NOT_FOUND',
    );
    expect((await outsider.get('/api/policies')).json().items.map((p: { slug: string }) => p.slug)).toEqual(['open']);
    expect((await outsider.get('/api/policy-areas')).json().items[0].policyCount).toBe(1);
    expect((await member.get('/api/policy-areas')).json().items[0].policyCount).toBe(2);
  });

  it('lets only managers create and edit policies', async () => {
    const area = (await owner.post('/api/policy-areas', { name: 'Regulated Goods' })).json();
    for (const role of ['contributor', 'xfn_reviewer', 'viewer'] as const) {
      const someone = await t.signIn(role);
      expectProblem(
        await someone.post('/api/policies', { title: 'X', slug: `by-${role.replace('_', '-')}`, areaId: area.id }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await someone.post('/api/policy-areas', { name: `By ${role}` }), 403, 'FORBIDDEN');
      expect((await someone.get('/api/policies')).statusCode).toBe(200);
    }
  });
});
