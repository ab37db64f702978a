import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Item {
  id: string;
  kind: string;
  summary: string;
  readAt: string | null;
  actor: { id: string } | null;
  entity: { id: string; href: string };
}

describe.each(DIALECTS)('watches and notifications on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let writer: TestClient;
  let areaId: string;

  const inbox = async (client: TestClient, query = '') =>
    (await client.get(`/api/notifications${query}`)).json().items as Item[];
  const unread = async (client: TestClient) =>
    (await client.get('/api/notifications/unread-count')).json().count as number;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    writer = await t.signIn('contributor');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('watches and unwatches idempotently, counting watchers and auditing each real change', async () => {
    const id = (await owner.post('/api/policies', { title: 'Watched', slug: 'watched', areaId })).json().id;
    const viewer = await t.signIn('viewer');
    expect((await viewer.get(`/api/watches/policy/${id}`)).json()).toEqual({ watching: false, watcherCount: 0 });
    expect((await viewer.put(`/api/watches/policy/${id}`)).json()).toEqual({ watching: true, watcherCount: 1 });
    expect((await viewer.put(`/api/watches/policy/${id}`)).json()).toEqual({ watching: true, watcherCount: 1 });
    expect((await owner.put(`/api/watches/policy/${id}`)).json()).toEqual({ watching: true, watcherCount: 2 });
    expect((await viewer.delete(`/api/watches/policy/${id}`)).json()).toEqual({ watching: false, watcherCount: 1 });
    expect((await viewer.delete(`/api/watches/policy/${id}`)).json()).toEqual({ watching: false, watcherCount: 1 });
    const admin = await t.signIn('admin');
    const actions = (await admin.get(`/api/audit-events?entityId=${id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions.filter((a: string) => a.startsWith('watch.'))).toEqual([
      'watch.stopped',
      'watch.started',
      'watch.started',
    ]);
    expectProblem(await viewer.put('/api/watches/policy/01900000-0000-7000-8000-000000000000'), 404, 'NOT_FOUND');
    expect(expectProblem(await viewer.put(`/api/watches/team/${id}`), 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe(
      'params.entityType',
    );
  });

  it('tells watchers about each step up to a version being made live, never the one who did it', async () => {
    const id = (
      await owner.post('/api/policies', { title: 'Hate speech', slug: 'hate-speech', areaId, ownerIds: [owner.userId] })
    ).json().id;
    const watcher = await t.signIn('viewer');
    await watcher.put(`/api/watches/policy/${id}`);
    await owner.put(`/api/watches/policy/${id}`);
    const url = '/api/policies/hate-speech/versions';
    const draft = (await writer.post(url, { body: '# Hate speech', changeSummary: 'First' })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: '2025-01-01' });
    expect((await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).statusCode).toBe(
      200,
    );

    const items = await inbox(watcher);
    expect(items.map((n) => n.summary)).toEqual([
      'Made version 1.0 live, effective 2025-01-01',
      'Approved version 1.0',
      'Submitted version 1.0 for review',
      'Started draft 1.0',
    ]);
    expect(
      items.every((n) => n.kind === 'change' && n.entity.href === '/policies/hate-speech' && n.readAt === null),
    ).toBe(true);
    expect(items[0]!.actor?.id).toBe(owner.userId);
    // The owner hears about the writer's steps only, and is asked to review as the policy's owner.
    expect((await inbox(owner)).map((n) => n.summary)).toEqual([
      'Asked you to review version 1.0',
      'Submitted version 1.0 for review',
      'Started draft 1.0',
    ]);
    // Submitting watched the policy for its author, who hears how the review ended.
    expect((await inbox(writer)).map((n) => n.summary)).toEqual([
      'Made version 1.0 live, effective 2025-01-01',
      'Approved version 1.0',
    ]);
  });

  it('counts unread, marks one or all read, filters unread and pages without repeats; only the recipient sees them', async () => {
    const id = (await owner.post('/api/policies', { title: 'Counted', slug: 'counted', areaId })).json().id;
    const reader = await t.signIn('xfn_reviewer');
    await reader.put(`/api/watches/policy/${id}`);
    for (let i = 1; i <= 5; i += 1)
      await writer.post('/api/comments', { entityType: 'policy', entityId: id, body: `Note ${i}` });
    expect(await unread(reader)).toBe(5);

    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: Item[]; nextCursor: string | null } = (
        await reader.get(`/api/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((n: Item) => n.summary));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual([
      'Commented: Note 5',
      'Commented: Note 4',
      'Commented: Note 3',
      'Commented: Note 2',
      'Commented: Note 1',
    ]);

    const [newest] = await inbox(reader);
    expectProblem(await owner.post(`/api/notifications/${newest!.id}/read`), 404, 'NOT_FOUND');
    const read = await reader.post(`/api/notifications/${newest!.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).toEqual(expect.any(String));
    expect((await reader.post(`/api/notifications/${newest!.id}/read`)).json().readAt).toBe(read.json().readAt);
    expect(await unread(reader)).toBe(4);
    expect((await inbox(reader, '?unread=true')).map((n) => n.id)).not.toContain(newest!.id);
    expect(await inbox(reader, '?unread=true')).toHaveLength(4);
    expect((await reader.post('/api/notifications/read-all')).json()).toEqual({ marked: 4 });
    expect(await unread(reader)).toBe(0);
    expect(await inbox(reader, '?unread=true')).toEqual([]);
    expect(await inbox(reader)).toHaveLength(5);

    expect(
      expectProblem(await reader.get('/api/notifications?unread=maybe'), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('querystring.unread');
    expect(
      expectProblem(await reader.get('/api/notifications?cursor=zzz'), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('querystring.cursor');
    expectProblem(await reader.post('/api/notifications/01900000-0000-7000-8000-000000000000/read'), 404, 'NOT_FOUND');
    expectProblem(await t.anonymous.get('/api/notifications/unread-count'), 401, 'UNAUTHENTICATED');
  });

  it('notifies people made owners (assignment), on creation and when added later, but not the one assigning', async () => {
    const first = await t.signIn('policy_owner');
    const later = await t.signIn('policy_owner');
    await owner.post('/api/policies', {
      title: 'Assigned',
      slug: 'assigned',
      areaId,
      ownerIds: [owner.userId, first.userId],
    });
    expect((await inbox(first)).map((n) => [n.kind, n.summary])).toEqual([
      ['assignment', 'Made you an owner of this policy'],
    ]);
    expect(await inbox(owner)).toEqual([]);
    const policy = (await owner.get('/api/policies/assigned')).json();
    await owner.patch('/api/policies/assigned', {
      version: policy.version,
      ownerIds: [owner.userId, first.userId, later.userId],
    });
    expect((await inbox(later)).map((n) => n.kind)).toEqual(['assignment']);
    expect((await inbox(first)).map((n) => n.kind)).toEqual(['assignment']);
  });
});
