import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('library-wide changes on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let approver: TestClient;

  async function publish(slug: string, body: string, effectiveDate: string) {
    const url = `/api/policies/${slug}/versions`;
    const draft = (await writer.post(url, { body, changeSummary: `Changed on ${effectiveDate}` })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await approver.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    expect((await approver.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).statusCode).toBe(
      200,
    );
    return draft.id as string;
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    approver = await t.signIn('policy_owner');
    const areaId = (await approver.post('/api/policy-areas', { name: 'Area' })).json().id;
    await approver.post('/api/policies', { title: 'Hate Speech', slug: 'hate-speech', areaId });
    await approver.post('/api/policies', {
      title: 'Secret',
      slug: 'secret',
      areaId,
      restricted: true,
      ownerIds: [approver.userId],
      memberIds: [writer.userId],
    });
  });
  afterEach(async () => t.close());

  it('lists published versions by effective date with what they replaced, hiding restricted policies from outsiders', async () => {
    const first = await publish('hate-speech', 'v1', '2025-01-10');
    const second = await publish('hate-speech', 'v2', '2025-06-01');
    await publish('secret', 'classified', '2025-03-01');
    const all = (await writer.get('/api/policy-changes?from=2025-01-01&to=2025-12-31')).json().items;
    expect(
      all.map(
        (c: { policy: { slug: string }; version: { effectiveDate: string } }) =>
          `${c.policy.slug}@${c.version.effectiveDate}`,
      ),
    ).toEqual(['hate-speech@2025-06-01', 'secret@2025-03-01', 'hate-speech@2025-01-10']);
    expect(all[0]).toMatchObject({ version: { id: second }, previousVersionId: first });
    expect(all[2].previousVersionId).toBeNull();
    const window = (await writer.get('/api/policy-changes?from=2025-02-01&to=2025-05-31')).json().items;
    expect(window.map((c: { policy: { slug: string } }) => c.policy.slug)).toEqual(['secret']);
    const outsider = await t.signIn('viewer');
    expect((await outsider.get('/api/policy-changes?from=2025-01-01&to=2025-12-31')).json().items).toHaveLength(2);
  });

  it('refuses a range that ends before it starts, naming the field', async () => {
    const problem = expectProblem(
      await writer.get('/api/policy-changes?from=2025-06-01&to=2025-01-01'),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors?.[0]?.path).toBe('querystring.to');
    expectProblem(await writer.get('/api/policy-changes?from=2025-06-01'), 400, 'VALIDATION_FAILED');
  });
});
