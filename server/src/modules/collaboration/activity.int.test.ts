import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Entry {
  verb: string;
  summary: string;
  event: string | null;
  details: Record<string, unknown> | null;
  sentence: string;
  actor: { id: string } | null;
  entity: { id: string; title: string; href: string };
}

describe.each(DIALECTS)('activity feed on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let writer: TestClient;
  let areaId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    writer = await t.signIn('contributor');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('records the life of a policy newest first, per policy and per person, with cursor paging', async () => {
    const id = (await owner.post('/api/policies', { title: 'Bullying', slug: 'bullying', areaId })).json().id;
    await owner.patch('/api/policies/bullying', { version: 1, title: 'Bullying and harassment', tags: ['abuse'] });
    const url = '/api/policies/bullying/versions';
    const rejected = (await writer.post(url, { body: '# One' })).json();
    await writer.post(`${url}/${rejected.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${rejected.id}/transitions`, { version: 2, action: 'reject', comment: 'Not yet.' });
    await writer.delete(`${url}/${rejected.id}?version=3`);
    const draft = (await writer.post(url, { body: '# Two' })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: '2025-02-01' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });

    const viewer = await t.signIn('viewer');
    const all = (await viewer.get(`/api/activity?entityType=policy&entityId=${id}`)).json();
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((e: Entry) => e.verb)).toEqual([
      'made live',
      'approved',
      'submitted for review',
      'drafted a version',
      'discarded a draft',
      'rejected',
      'commented',
      'submitted for review',
      'drafted a version',
      'updated',
      'created',
    ]);
    expect(all.items[9]).toMatchObject({
      summary: 'Changed the title and tags',
      actor: { id: owner.userId },
      entity: { id, title: 'Bullying and harassment', href: '/policies/bullying' },
    });

    const paged: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: Entry[]; nextCursor: string | null } = (
        await viewer.get(`/api/activity?entityType=policy&entityId=${id}&limit=3${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      paged.push(...page.items.map((e: Entry) => e.verb));
      cursor = page.nextCursor;
    }
    expect(paged).toEqual(all.items.map((e: Entry) => e.verb));

    const byWriter = (await viewer.get(`/api/activity?actorId=${writer.userId}`)).json().items;
    expect(byWriter.map((e: Entry) => e.verb)).toEqual([
      'submitted for review',
      'drafted a version',
      'discarded a draft',
      'submitted for review',
      'drafted a version',
    ]);
    expect((await viewer.get('/api/activity?limit=200')).json().items).toHaveLength(11);
  });

  it('leaves restricted policies out of person and workspace feeds for non-members', async () => {
    await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId });
    const secret = (
      await owner.post('/api/policies', {
        title: 'Secret',
        slug: 'secret',
        areaId,
        restricted: true,
        ownerIds: [owner.userId],
      })
    ).json().id;
    const outsider = await t.signIn('program_manager');
    const admin = await t.signIn('admin');
    const titles = async (client: TestClient, query: string) =>
      (await client.get(`/api/activity?${query}`)).json().items.map((e: Entry) => e.entity.title);
    expect(await titles(outsider, `actorId=${owner.userId}`)).toEqual(['Open']);
    expect(await titles(outsider, '')).toEqual(['Open']);
    expect(await titles(owner, `actorId=${owner.userId}`)).toEqual(['Secret', 'Open']);
    expect(await titles(admin, '')).toEqual(['Secret', 'Open']);
    expectProblem(await outsider.get(`/api/activity?entityType=policy&entityId=${secret}`), 404, 'NOT_FOUND');
  });

  it('words each entry when it is read, with the names of today', async () => {
    const id = (await owner.post('/api/policies', { title: 'Bullying', slug: 'bullying', areaId })).json().id;
    const url = '/api/policies/bullying/versions';
    const draft = (await writer.post(url, { body: '# One' })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: '2027-01-15' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    await owner.post('/api/comments', { entityType: 'policy', entityId: id, body: 'Ready **now**.' });
    await owner.patch('/api/policies/bullying', { version: 1, title: 'Bullying and harassment' });
    const admin = await t.signIn('admin');
    const me = (await admin.get(`/api/users/${writer.userId}`)).json();
    await admin.patch(`/api/users/${writer.userId}`, { version: me.version, name: 'Priya Raman' });

    const items: Entry[] = (await owner.get(`/api/activity?entityType=policy&entityId=${id}`)).json().items;
    const ownerName = owner.session!.user.name;
    expect(items.map((e) => e.sentence)).toEqual([
      `${ownerName} changed the title of Bullying and harassment`,
      `${ownerName} commented on Bullying and harassment`,
      `${ownerName} made Bullying and harassment v1.0 live, effective Jan 15, 2027`,
      `${ownerName} approved Bullying and harassment v1.0, effective Jan 15, 2027`,
      'Priya Raman submitted Bullying and harassment v1.0 for review',
      'Priya Raman started drafting Bullying and harassment v1.0',
      `${ownerName} created Bullying and harassment`,
    ]);
    expect(items[2]).toMatchObject({
      event: 'policy_version.published',
      details: { versionId: draft.id, label: '1.0', effectiveDate: '2027-01-15' },
      verb: 'made live',
      summary: 'Made version 1.0 live, effective 2027-01-15',
    });
    expect(items[1]).toMatchObject({ event: 'comment.created', summary: 'Ready now.' });
  });

  it('never names a policy in a sentence to a reader who may not see it', async () => {
    const secretId = (
      await owner.post('/api/policies', {
        title: 'Secret plan',
        slug: 'secret-plan',
        areaId,
        restricted: true,
        ownerIds: [owner.userId],
      })
    ).json().id;
    await owner.post('/api/comments', { entityType: 'policy', entityId: secretId, body: 'Quiet, please.' });
    await owner.post('/api/policies/secret-plan/versions', { body: '# Secret' });
    await owner.post('/api/policies', { title: 'Open plan', slug: 'open-plan', areaId });
    const outsider = await t.signIn('program_manager');
    const seen = async (client: TestClient) => {
      const feeds = [`actorId=${owner.userId}`, ''].map(async (q) => (await client.get(`/api/activity?${q}`)).json());
      return JSON.stringify((await Promise.all(feeds)).flatMap((page) => page.items));
    };
    const before = await seen(outsider);
    expect(before).toContain('created Open plan');
    expect(before).not.toMatch(/Secret|Quiet/);
    expect(await seen(owner)).toContain('started drafting Secret plan v1.0');

    // Restricted later: its old entries now leave the outsider's feeds, sentences and all.
    const open = (await owner.get('/api/policies/open-plan')).json();
    await owner.patch('/api/policies/open-plan', { version: open.version, restricted: true, ownerIds: [owner.userId] });
    expect(await seen(outsider)).not.toMatch(/Open plan|Secret/);
  });

  it('names the missing half of an entity filter and refuses bad values', async () => {
    const id = (await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId })).json().id;
    expect(
      expectProblem(await owner.get('/api/activity?entityType=policy'), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('querystring.entityId');
    expect(
      expectProblem(await owner.get(`/api/activity?entityId=${id}`), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('querystring.entityType');
    expect(
      expectProblem(await owner.get('/api/activity?actorId=nope'), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('querystring.actorId');
    expectProblem(
      await owner.get('/api/activity?entityType=policy&entityId=01900000-0000-7000-8000-000000000000'),
      404,
      'NOT_FOUND',
    );
    expect((await owner.get('/api/activity?actorId=01900000-0000-7000-8000-000000000000')).json()).toEqual({
      items: [],
      nextCursor: null,
    });
  });
});
