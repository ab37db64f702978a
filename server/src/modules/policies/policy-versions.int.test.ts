import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const BODY_1 = '# Hate Speech\n\n## What is not allowed\n\n1. Slurs targeting protected attributes.\n';
const BODY_2 =
  '# Hate Speech\n\n## What is not allowed\n\n1. Slurs and coded slurs targeting protected attributes.\n2. Dehumanising comparisons.\n';

describe.each(DIALECTS)('policy versions on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let approver: TestClient;
  let pm: TestClient;
  const url = '/api/policies/hate-speech/versions';

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    approver = await t.signIn('policy_owner');
    pm = await t.signIn('program_manager');
    const area = (await approver.post('/api/policy-areas', { name: 'Hate Speech' })).json();
    await approver.post('/api/policies', { title: 'Hate Speech', slug: 'hate-speech', areaId: area.id });
  });
  afterEach(async () => t.close());

  async function publish(body: string, effectiveDate: string) {
    const draft = (await writer.post(url, { body, changeSummary: `Text of ${effectiveDate}` })).json();
    let v = (await writer.post(`${url}/${draft.id}/transitions`, { version: draft.version, action: 'submit' })).json();
    v = (
      await approver.post(`${url}/${draft.id}/transitions`, { version: v.version, action: 'approve', effectiveDate })
    ).json();
    const live = await pm.post(`${url}/${draft.id}/transitions`, { version: v.version, action: 'publish' });
    expect(live.statusCode, live.body).toBe(200);
    return live.json();
  }

  it('drafts with optimistic concurrency, and a stale save is refused without overwriting', async () => {
    const draft = await writer.post(url, { body: BODY_1 });
    expect(draft.statusCode).toBe(201);
    expect(draft.json()).toMatchObject({
      label: '1.0',
      state: 'draft',
      author: { id: writer.userId },
      abilities: { edit: true, submit: true, approve: false },
    });
    const id = draft.json().id;
    const saved = (await writer.patch(`${url}/${id}`, { version: 1, body: BODY_2 })).json();
    expect(saved.version).toBe(2);
    expectProblem(await writer.patch(`${url}/${id}`, { version: 1, body: 'lost update' }), 409, 'VERSION_CONFLICT');
    expect((await writer.get(`${url}/${id}`)).json().body).toBe(BODY_2);
    expectProblem(await writer.post(url, {}), 409, 'INVALID_STATE');
    expectProblem(await writer.patch(`${url}/${id}`, { version: 2, label: 'one' }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await writer.patch(`${url}/01900000-0000-7000-8000-000000000000`, { version: 1, body: 'x' }),
      404,
      'NOT_FOUND',
    );
    const viewer = await t.signIn('viewer');
    expectProblem(await viewer.patch(`${url}/${id}`, { version: 2, body: 'x' }), 403, 'FORBIDDEN');
    expect((await writer.delete(`${url}/${id}?version=2`)).statusCode).toBe(204);
    expect((await writer.get(url)).json().items).toHaveLength(0);
  });

  it('runs review: the author cannot approve, approval needs an effective date, publishing goes live and locks the text', async () => {
    const draft = (await writer.post(url, { body: BODY_1 })).json();
    const submitted = (await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' })).json();
    expect(submitted.state).toBe('in_review');
    expect((await approver.get('/api/policies/hate-speech')).json().status).toBe('in_review');
    expectProblem(
      await writer.post(`${url}/${draft.id}/transitions`, {
        version: 2,
        action: 'approve',
        effectiveDate: '2026-01-01',
      }),
      403,
      'FORBIDDEN',
    );
    const noDate = expectProblem(
      await approver.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noDate.errors?.[0]?.path).toBe('body.effectiveDate');
    const approved = (
      await approver.post(`${url}/${draft.id}/transitions`, {
        version: 2,
        action: 'approve',
        effectiveDate: '2026-01-01',
      })
    ).json();
    expect(approved).toMatchObject({
      state: 'approved',
      approver: { id: approver.userId },
      effectiveDate: '2026-01-01',
    });
    expectProblem(
      await writer.patch(`${url}/${draft.id}`, { version: 3, body: 'sneaky edit' }),
      409,
      'POLICY_VERSION_LOCKED',
    );
    expectProblem(
      await writer.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await pm.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'submit' }),
      409,
      'INVALID_STATE',
    );
    const live = (await pm.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).json();
    expect(live.state).toBe('live');
    expect((await pm.get('/api/policies/hate-speech')).json()).toMatchObject({
      status: 'live',
      currentVersion: { label: '1.0', effectiveDate: '2026-01-01' },
    });
    expectProblem(await writer.patch(`${url}/${draft.id}`, { version: 4, body: 'x' }), 409, 'POLICY_VERSION_LOCKED');
    const actions = (await (await t.signIn('admin')).get(`/api/audit-events?entityId=${draft.id}`))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual([
      'policy_version.published',
      'policy_review.decided',
      'policy_version.approved',
      'policy_version.submitted',
      'policy_version.created',
    ]);
  });

  it('sends a version back to draft on rejection', async () => {
    const draft = (await writer.post(url, { body: BODY_1 })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    const rejected = (
      await approver.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'reject', comment: 'Define slurs.' })
    ).json();
    expect(rejected.state).toBe('draft');
    expect((await writer.patch(`${url}/${draft.id}`, { version: 3, body: BODY_2 })).statusCode).toBe(200);
  });

  it('answers what the policy said on any date, refuses effective dates going backwards, and diffs versions', async () => {
    const v1 = await publish(BODY_1, '2025-03-01');
    const draft = (await writer.post(url, { changeSummary: 'Coded slurs' })).json();
    expect(draft).toMatchObject({ label: '1.1', body: BODY_1 });
    await writer.patch(`${url}/${draft.id}`, { version: 1, body: BODY_2 });
    await writer.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'submit' });
    const backwards = expectProblem(
      await approver.post(`${url}/${draft.id}/transitions`, {
        version: 3,
        action: 'approve',
        effectiveDate: '2025-01-01',
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.detail).toMatch(/2025-03-01/);
    await approver.post(`${url}/${draft.id}/transitions`, {
      version: 3,
      action: 'approve',
      effectiveDate: '2025-09-15',
    });
    await pm.post(`${url}/${draft.id}/transitions`, { version: 4, action: 'publish' });

    const states = (await writer.get(url))
      .json()
      .items.map((v: { label: string; state: string }) => `${v.label}:${v.state}`);
    expect(states).toEqual(['1.1:live', '1.0:superseded']);
    expectProblem(await writer.get('/api/policies/hate-speech/as-of?date=2025-02-28'), 404, 'NOT_FOUND');
    expect((await writer.get('/api/policies/hate-speech/as-of?date=2025-03-01')).json().label).toBe('1.0');
    expect((await writer.get('/api/policies/hate-speech/as-of?date=2025-09-14')).json().body).toBe(BODY_1);
    expect((await writer.get('/api/policies/hate-speech/as-of?date=2026-11-25')).json().label).toBe('1.1');
    expectProblem(await writer.get('/api/policies/hate-speech/as-of?date=2025-13-01'), 400, 'VALIDATION_FAILED');

    const diff = (await writer.get(`/api/policies/hate-speech/diff?from=${v1.id}&to=${draft.id}`)).json();
    expect(diff.from.label).toBe('1.0');
    expect(
      diff.parts
        .filter((p: { added: boolean }) => p.added)
        .map((p: { value: string }) => p.value)
        .join(' '),
    ).toMatch(/coded slurs/);
    expect(diff.unified).toContain('+2. Dehumanising comparisons.');
    expect(diff.stats.addedWords).toBeGreaterThan(3);
    expectProblem(
      await writer.get(`/api/policies/hate-speech/diff?from=${v1.id}&to=01900000-0000-7000-8000-000000000000`),
      404,
      'NOT_FOUND',
    );
  });

  it('stops drafting on a retired policy', async () => {
    const policy = (await approver.get('/api/policies/hate-speech')).json();
    const retired = (
      await approver.patch('/api/policies/hate-speech', { version: policy.version, retired: true })
    ).json();
    expect(retired).toMatchObject({ status: 'retired', abilities: { draft: false } });
    expectProblem(await writer.post(url, {}), 409, 'INVALID_STATE');
  });
});
