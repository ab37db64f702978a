import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

type Review = { reviewer: { id: string }; requestedBy: { id: string } | null; state: string };

describe.each(DIALECTS)('submitting for review routes the request to reviewers on %s', (dialect) => {
  let t: TestApp;
  let author: TestClient;
  let coOwner: TestClient;
  let approver: TestClient;
  let areaId: string;

  const versionsUrl = (slug: string) => `/api/policies/${slug}/versions`;
  async function draft(slug: string) {
    return (await author.post(versionsUrl(slug), { body: 'Rules.' })).json() as { id: string };
  }
  const submit = (slug: string, id: string, extra: object = {}) =>
    author.post(`${versionsUrl(slug)}/${id}/transitions`, { version: 1, action: 'submit', ...extra });
  const reviewsOf = async (slug: string, id: string) =>
    (await author.get(`${versionsUrl(slug)}/${id}/reviews`)).json().items as Review[];

  beforeEach(async () => {
    t = await createTestApp(dialect);
    author = await t.signIn('policy_owner');
    coOwner = await t.signIn('policy_owner');
    approver = await t.signIn('admin');
    const contributorOwner = await t.signIn('contributor');
    areaId = (await approver.post('/api/policy-areas', { name: 'Area' })).json().id;
    await approver.post('/api/policies', {
      title: 'Hate Speech',
      slug: 'hate-speech',
      areaId,
      ownerIds: [author.userId, coOwner.userId, contributorOwner.userId],
    });
  });
  afterEach(async () => t.close());

  it("asks the policy's other owners who may approve by default, notifies them, has them watch, and lists it as waiting on them", async () => {
    const version = await draft('hate-speech');
    const eligible = (await author.get(`${versionsUrl('hate-speech')}/${version.id}/reviewers`)).json();
    expect(eligible.defaultIds).toEqual([coOwner.userId]);
    expect(eligible.items.map((p: { id: string }) => p.id).sort()).toEqual([coOwner.userId, approver.userId].sort());

    expect((await submit('hate-speech', version.id)).json().state).toBe('in_review');
    expect(await reviewsOf('hate-speech', version.id)).toEqual([
      expect.objectContaining({ reviewer: expect.objectContaining({ id: coOwner.userId }), state: 'requested' }),
    ]);
    const inbox = (await coOwner.get('/api/notifications?limit=10')).json().items;
    expect(inbox.filter((n: { kind: string }) => n.kind !== 'assignment')).toEqual([
      expect.objectContaining({ kind: 'review_requested', summary: 'Asked you to review version 1.0' }),
    ]);
    const policyId = (await author.get('/api/policies/hate-speech')).json().id;
    expect((await coOwner.get(`/api/watches/policy/${policyId}`)).json().watching).toBe(true);

    const waiting = (await coOwner.get('/api/reviews?waitingOn=me')).json();
    expect(waiting).toMatchObject({
      total: 1,
      items: [
        {
          policy: { slug: 'hate-speech', title: 'Hate Speech' },
          version: { id: version.id, label: '1.0' },
          author: { id: author.userId },
          requestedBy: { id: author.userId },
        },
      ],
    });
    expect(waiting.items[0].requestedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await approver.get('/api/reviews?waitingOn=me')).json()).toEqual({ items: [], total: 0 });
    expectProblem(await author.get('/api/reviews'), 400, 'VALIDATION_FAILED');
  });

  it('asks exactly the people named, oldest request first in their list', async () => {
    await approver.post('/api/policies', { title: 'Bullying', slug: 'bullying', areaId, ownerIds: [author.userId] });
    const first = await draft('hate-speech');
    const second = await draft('bullying');
    await submit('hate-speech', first.id, { reviewerIds: [approver.userId] });
    await submit('bullying', second.id, { reviewerIds: [approver.userId, approver.userId] });
    expect((await reviewsOf('hate-speech', first.id)).map((r) => r.reviewer.id)).toEqual([approver.userId]);
    expect((await reviewsOf('bullying', second.id)).map((r) => r.reviewer.id)).toEqual([approver.userId]);
    const waiting = (await approver.get('/api/reviews?waitingOn=me&limit=1')).json();
    expect(waiting).toMatchObject({ total: 2, items: [{ policy: { slug: 'hate-speech' } }] });
    expect((await coOwner.get('/api/reviews?waitingOn=me')).json().total).toBe(0);
  });

  it('refuses reviewers who cannot review, naming each, and changes nothing', async () => {
    const viewer = await t.signIn('viewer');
    const outsider = await t.signIn('policy_owner');
    await approver.post('/api/policies', {
      title: 'Secret',
      slug: 'secret',
      areaId,
      restricted: true,
      ownerIds: [author.userId],
    });
    const secret = await draft('secret');
    const refused = expectProblem(
      await submit('secret', secret.id, {
        reviewerIds: [viewer.userId, author.userId, outsider.userId, approver.userId],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(refused.errors?.map((e) => e.path)).toEqual([
      'body.reviewerIds.0',
      'body.reviewerIds.1',
      'body.reviewerIds.2',
    ]);
    expect((await author.get(`${versionsUrl('secret')}/${secret.id}`)).json().state).toBe('draft');
    expect(await reviewsOf('secret', secret.id)).toEqual([]);
    expectProblem(
      await submit('secret', secret.id, { reviewerIds: ['01900000-0000-7000-8000-000000000000'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await author.post(`${versionsUrl('secret')}/${secret.id}/transitions`, {
        version: 1,
        action: 'submit',
        comment: 'Please look',
      }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('stops showing a waiting review to someone who may no longer see the policy', async () => {
    const member = await t.signIn('policy_owner');
    await approver.post('/api/policies', {
      title: 'Secret',
      slug: 'secret',
      areaId,
      restricted: true,
      ownerIds: [author.userId],
      memberIds: [member.userId],
    });
    const secret = await draft('secret');
    await submit('secret', secret.id, { reviewerIds: [member.userId] });
    expect((await member.get('/api/reviews?waitingOn=me')).json().total).toBe(1);
    const policy = (await approver.get('/api/policies/secret')).json();
    await approver.patch('/api/policies/secret', { version: policy.version, memberIds: [] });
    expect((await member.get('/api/reviews?waitingOn=me')).json()).toEqual({ items: [], total: 0 });
  });
});
