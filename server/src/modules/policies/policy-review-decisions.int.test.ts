import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

type Review = { reviewer: { id: string }; state: string; comment: string | null; commentId: string | null };

describe.each(DIALECTS)('review decisions carry a comment on %s', (dialect) => {
  let t: TestApp;
  let author: TestClient;
  let reviewer: TestClient;
  let other: TestClient;
  let policyId: string;
  let versionId: string;
  const url = () => `/api/policies/hate-speech/versions/${versionId}`;
  const step = (by: TestClient, version: number, action: string, extra: object = {}) =>
    by.post(`${url()}/transitions`, { version, action, ...extra });
  const reviews = async () => (await author.get(`${url()}/reviews`)).json().items as Review[];
  const discussion = async () =>
    (await author.get(`/api/comments?entityType=policy&entityId=${policyId}&limit=20`)).json().items as {
      id: string;
      body: string;
      author: { id: string };
    }[];

  beforeEach(async () => {
    t = await createTestApp(dialect);
    author = await t.signIn('contributor');
    reviewer = await t.signIn('policy_owner');
    other = await t.signIn('policy_owner');
    const areaId = (await reviewer.post('/api/policy-areas', { name: 'Area' })).json().id;
    policyId = (
      await reviewer.post('/api/policies', {
        title: 'Hate Speech',
        slug: 'hate-speech',
        areaId,
        ownerIds: [author.userId, reviewer.userId, other.userId],
      })
    ).json().id;
    versionId = (await author.post('/api/policies/hate-speech/versions', { body: 'No slurs.' })).json().id;
    await step(author, 1, 'submit');
  });
  afterEach(async () => t.close());

  it('keeps an approval and its comment on the review and posts it on the discussion; the other request is withdrawn', async () => {
    expect((await reviews()).map((r) => r.state)).toEqual(['requested', 'requested']);
    const approved = await step(reviewer, 2, 'approve', {
      effectiveDate: '2025-01-01',
      comment: 'Clear and *complete*.',
    });
    expect(approved.json().state, approved.body).toBe('approved');
    const byReviewer = Object.fromEntries((await reviews()).map((r) => [r.reviewer.id, r]));
    expect(byReviewer[reviewer.userId]).toMatchObject({ state: 'approved', comment: 'Clear and *complete*.' });
    expect(byReviewer[other.userId]).toMatchObject({ state: 'withdrawn', comment: null });
    const [posted] = await discussion();
    expect(posted).toMatchObject({ id: byReviewer[reviewer.userId]!.commentId, author: { id: reviewer.userId } });
    expect(posted!.body).toBe('**Approved version 1.0**\n\nClear and *complete*.');
    expect((await other.get('/api/reviews?waitingOn=me')).json().total).toBe(0);
    expect((await reviewer.get('/api/reviews?waitingOn=me')).json().total).toBe(0);
  });

  it('approves without a comment too, and records a decision from an approver nobody asked', async () => {
    const admin = await t.signIn('admin');
    expect((await step(admin, 2, 'approve', { effectiveDate: '2025-01-01' })).statusCode).toBe(200);
    const mine = (await reviews()).find((r) => r.reviewer.id === admin.userId);
    expect(mine).toMatchObject({ state: 'approved', comment: null, commentId: null });
    expect(await discussion()).toEqual([]);
  });

  it('requires a comment to request changes, sends the version back, and asks again on the next submission', async () => {
    expectProblem(await step(reviewer, 2, 'reject'), 400, 'VALIDATION_FAILED');
    const refused = expectProblem(await step(reviewer, 2, 'reject'), 400);
    expect(refused.errors).toEqual([expect.objectContaining({ path: 'body.comment' })]);
    expect((await author.get(url())).json().state).toBe('in_review');

    const sentBack = await step(reviewer, 2, 'reject', { comment: 'Define @-mentions of *slurs*.' });
    expect(sentBack.json().state).toBe('draft');
    expect((await reviews()).find((r) => r.reviewer.id === reviewer.userId)).toMatchObject({
      state: 'changes_requested',
      comment: 'Define @-mentions of *slurs*.',
    });
    expect((await discussion())[0]!.body).toBe('**Requested changes to version 1.0**\n\nDefine @-mentions of *slurs*.');

    await step(author, 3, 'submit', { reviewerIds: [other.userId] });
    expect((await reviews()).map((r) => r.state)).toEqual(['changes_requested', 'withdrawn', 'requested']);
    expect((await other.get('/api/reviews?waitingOn=me')).json().total).toBe(1);
  });

  it('keeps four eyes: the author can neither approve nor be asked', async () => {
    const owner = await t.signIn('policy_owner');
    const draft = (await owner.post('/api/policies/hate-speech/versions', {})).json();
    expect(draft.id).toBeUndefined();
    expectProblem(await step(author, 2, 'approve', { effectiveDate: '2025-01-01' }), 403, 'FORBIDDEN');
    const eligible = (await reviewer.get(`${url()}/reviewers`)).json();
    expect(eligible.items.map((p: { id: string }) => p.id)).not.toContain(author.userId);
    expectProblem(await step(reviewer, 2, 'publish', { comment: 'Ship it' }), 400, 'VALIDATION_FAILED');
  });
});
