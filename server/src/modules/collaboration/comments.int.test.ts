import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const MISSING = '01900000-0000-7000-8000-000000000000';
const mention = (client: TestClient, name = 'Someone') => `@[${name}](mention:${client.userId})`;

describe.each(DIALECTS)('comments on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let author: TestClient;
  let areaId: string;

  async function policy(slug: string, extra: object = {}): Promise<string> {
    const res = await owner.post('/api/policies', {
      title: `Policy ${slug}`,
      slug,
      areaId,
      ownerIds: [owner.userId],
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }
  const notifications = async (client: TestClient, query = '') =>
    (await client.get(`/api/notifications${query}`)).json().items as {
      id: string;
      kind: string;
      summary: string;
      entity: { id: string; title: string; href: string };
      actor: { id: string } | null;
    }[];
  const comment = (client: TestClient, entityId: string, body: string) =>
    client.post('/api/comments', { entityType: 'policy', entityId, body });

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    author = await t.signIn('contributor');
    areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
  });
  afterEach(async () => t.close());

  it('posts a Markdown comment with mentions, watches the record for its author and notifies mentioned people and watchers once each', async () => {
    const id = await policy('open');
    const mentioned = await t.signIn('viewer');
    const watcher = await t.signIn('xfn_reviewer');
    const leaver = await t.signIn('viewer');
    const admin = await t.signIn('admin');
    await admin.patch(`/api/users/${leaver.userId}`, { version: 1, status: 'deactivated' });
    for (const w of [watcher, mentioned]) expect((await w.put(`/api/watches/policy/${id}`)).json().watching).toBe(true);

    const body = `**Please check** ${mention(mentioned, 'Viewer')}, ${mention(leaver, 'Leaver')}, @[Ghost](mention:${MISSING}) and ${mention(author, 'Me')}.`;
    const res = await comment(author, id, body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      entityType: 'policy',
      entityId: id,
      author: { id: author.userId },
      body,
      version: 1,
      editedAt: null,
      abilities: { edit: true, delete: true },
    });
    expect(created.mentions.map((m: { id: string }) => m.id).sort()).toEqual([mentioned.userId, author.userId].sort());
    expect((await author.get(`/api/watches/policy/${id}`)).json()).toEqual({ watching: true, watcherCount: 3 });

    const inbox = await notifications(mentioned);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      kind: 'mention',
      actor: { id: author.userId },
      entity: { id, title: 'Policy open', href: '/policies/open' },
    });
    expect(inbox[0]!.summary).toContain('Please check @Viewer');
    expect((await notifications(watcher)).map((n) => n.kind)).toEqual(['comment']);
    expect(await notifications(author)).toEqual([]);
    expect(await notifications(owner)).toEqual([]);

    const asViewer = (await mentioned.get(`/api/comments?entityType=policy&entityId=${id}`)).json();
    expect(asViewer.items).toHaveLength(1);
    expect(asViewer.items[0].abilities).toEqual({ edit: false, delete: false });
    expect((await admin.get(`/api/comments?entityType=policy&entityId=${id}`)).json().items[0].abilities).toEqual({
      edit: false,
      delete: true,
    });
    const activity = (await mentioned.get(`/api/activity?entityType=policy&entityId=${id}`)).json().items;
    expect(activity[0]).toMatchObject({ verb: 'commented', actor: { id: author.userId } });
    const audit = (await admin.get('/api/audit-events?action=comment.created')).json().items;
    expect(audit).toHaveLength(1);
    expect(audit[0].after.body).toBe(body);
  });

  it('pages through comments oldest first', async () => {
    const id = await policy('paged');
    for (let i = 1; i <= 5; i += 1) expect((await comment(author, id, `Comment ${i}`)).statusCode).toBe(201);
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page: { items: { body: string }[]; nextCursor: string | null } = (
        await owner.get(`/api/comments?entityType=policy&entityId=${id}&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((c: { body: string }) => c.body));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(['Comment 1', 'Comment 2', 'Comment 3', 'Comment 4', 'Comment 5']);
    expect(
      expectProblem(
        await owner.get(`/api/comments?entityType=policy&entityId=${id}&cursor=nonsense`),
        400,
        'VALIDATION_FAILED',
      ).errors?.[0]?.path,
    ).toBe('querystring.cursor');
  });

  it('lets only the author edit and the author or an admin delete, with versions; an edit notifies only new mentions', async () => {
    const id = await policy('edits');
    const first = await t.signIn('viewer');
    const second = await t.signIn('viewer');
    const other = await t.signIn('program_manager');
    const admin = await t.signIn('admin');
    const created = (await comment(author, id, `Hi ${mention(first)}`)).json();

    expectProblem(await other.patch(`/api/comments/${created.id}`, { version: 1, body: 'Hijacked' }), 403, 'FORBIDDEN');
    expectProblem(await admin.patch(`/api/comments/${created.id}`, { version: 1, body: 'Hijacked' }), 403, 'FORBIDDEN');
    const edited = await author.patch(`/api/comments/${created.id}`, {
      version: 1,
      body: `Hi ${mention(first)} and ${mention(second)}`,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, editedAt: expect.any(String) });
    expectProblem(
      await author.patch(`/api/comments/${created.id}`, { version: 1, body: 'Stale' }),
      409,
      'VERSION_CONFLICT',
    );
    expect((await notifications(first)).map((n) => n.kind)).toEqual(['mention']);
    expect((await notifications(second)).map((n) => n.kind)).toEqual(['mention']);
    expect((await second.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });

    expectProblem(await other.delete(`/api/comments/${created.id}?version=2`), 403, 'FORBIDDEN');
    expectProblem(await admin.delete(`/api/comments/${created.id}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await admin.delete(`/api/comments/${created.id}?version=2`)).statusCode).toBe(204);
    expectProblem(await admin.delete(`/api/comments/${created.id}?version=2`), 404, 'NOT_FOUND');
    expect((await owner.get(`/api/comments?entityType=policy&entityId=${id}`)).json().items).toEqual([]);
    // What the comment caused goes with it: no dangling notification or activity quoting it.
    expect((await second.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expect(
      (await owner.get(`/api/activity?entityType=policy&entityId=${id}`))
        .json()
        .items.map((a: { verb: string }) => a.verb),
    ).not.toContain('commented');
    const audit = (await admin.get('/api/audit-events?entityType=comment'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(audit).toEqual(['comment.deleted', 'comment.updated', 'comment.created']);

    const own = (await comment(other, id, 'Mine')).json();
    expect((await other.delete(`/api/comments/${own.id}?version=1`)).statusCode).toBe(204);
  });

  it('names the field at fault and answers 404 for records that do not exist', async () => {
    const id = await policy('valid');
    expect(expectProblem(await comment(author, id, '   '), 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe(
      'body.body',
    );
    expect(
      expectProblem(await comment(author, id, 'x'.repeat(20001)), 400, 'VALIDATION_FAILED').errors?.[0]?.path,
    ).toBe('body.body');
    expect(
      expectProblem(
        await author.post('/api/comments', { entityType: 'okr', entityId: id, body: 'x' }),
        400,
        'VALIDATION_FAILED',
      ).errors?.[0]?.path,
    ).toBe('body.entityType');
    expect(
      expectProblem(await author.post('/api/comments', { entityType: 'policy', body: 'x' }), 400, 'VALIDATION_FAILED')
        .errors?.[0]?.path,
    ).toBe('body.entityId');
    expectProblem(await comment(author, MISSING, 'Anyone?'), 404, 'NOT_FOUND');
    expectProblem(await author.get(`/api/comments?entityType=policy&entityId=${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await author.patch(`/api/comments/${MISSING}`, { version: 1, body: 'x' }), 404, 'NOT_FOUND');
    const created = (await comment(author, id, 'Fine')).json();
    expect(
      expectProblem(await author.patch(`/api/comments/${created.id}`, { body: 'x' }), 400, 'VALIDATION_FAILED')
        .errors?.[0]?.path,
    ).toBe('body.version');
  });

  it('keeps a restricted policy invisible to non-members: 404 everywhere, no notification when mentioned, earlier ones gone after removal', async () => {
    const member = await t.signIn('contributor');
    const outsider = await t.signIn('program_manager');
    const id = await policy('secret', { restricted: true, memberIds: [member.userId] });
    await policy('public');
    const publicId = (await owner.get('/api/policies/public')).json().id;

    expectProblem(await outsider.get(`/api/comments?entityType=policy&entityId=${id}`), 404, 'NOT_FOUND');
    expectProblem(await comment(outsider, id, 'Let me in'), 404, 'NOT_FOUND');
    expectProblem(await outsider.put(`/api/watches/policy/${id}`), 404, 'NOT_FOUND');
    expectProblem(await outsider.get(`/api/watches/policy/${id}`), 404, 'NOT_FOUND');
    expectProblem(await outsider.delete(`/api/watches/policy/${id}`), 404, 'NOT_FOUND');
    expectProblem(await outsider.get(`/api/activity?entityType=policy&entityId=${id}`), 404, 'NOT_FOUND');

    const secretComment = (await comment(owner, id, `Heads up ${mention(outsider)} and ${mention(member)}`)).json();
    await comment(owner, publicId, `Public note for ${mention(outsider)}`);
    expect((await notifications(outsider)).map((n) => n.entity.id)).toEqual([publicId]);
    expectProblem(
      await outsider.patch(`/api/comments/${secretComment.id}`, { version: 1, body: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await outsider.delete(`/api/comments/${secretComment.id}?version=1`), 404, 'NOT_FOUND');
    const ownerFeed = (await outsider.get(`/api/activity?actorId=${owner.userId}`)).json().items;
    expect(ownerFeed.length).toBeGreaterThan(0);
    expect(ownerFeed.every((a: { entity: { id: string } }) => a.entity.id === publicId)).toBe(true);

    const memberInbox = await notifications(member);
    expect(memberInbox.map((n) => n.kind)).toEqual(['mention']);
    expect((await member.get('/api/notifications/unread-count')).json()).toEqual({ count: 1 });
    expect(
      (await member.get(`/api/activity?actorId=${owner.userId}`))
        .json()
        .items.some((a: { entity: { id: string } }) => a.entity.id === id),
    ).toBe(true);

    const current = (await owner.get('/api/policies/secret')).json();
    expect((await owner.patch('/api/policies/secret', { version: current.version, memberIds: [] })).statusCode).toBe(
      200,
    );
    expect(await notifications(member)).toEqual([]);
    expect((await member.get('/api/notifications/unread-count')).json()).toEqual({ count: 0 });
    expectProblem(await member.post(`/api/notifications/${memberInbox[0]!.id}/read`), 404, 'NOT_FOUND');
    expect(
      (await member.get(`/api/activity?actorId=${owner.userId}`))
        .json()
        .items.some((a: { entity: { id: string } }) => a.entity.id === id),
    ).toBe(false);
    expectProblem(await member.get(`/api/comments?entityType=policy&entityId=${id}`), 404, 'NOT_FOUND');
  });
});
