import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createSampleTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('possible overlaps on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp(dialect));
  }, 120_000); // the worker's first use of the sample loads it for real
  afterAll(async () => t.close());

  it('lists policies sharing defined terms or wording, most overlapping first', async () => {
    const items = (await admin.get('/api/policies/hate-speech/overlaps')).json().items;
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.sharedTerms.length > 0 || item.similarity >= 0.03).toBe(true);
    const keys = items.map((i: { sharedTerms: string[]; similarity: number }) => [i.sharedTerms.length, i.similarity]);
    expect(keys).toEqual([...keys].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    expect(items.map((i: { policy: { slug: string } }) => i.policy.slug)).not.toContain('hate-speech');
  });

  it('finds a near-copy, but never shows a restricted one to someone who cannot see it', async () => {
    const owner = await t.signIn('policy_owner');
    const viewer = await t.signIn('viewer');
    const hate = (await admin.get('/api/policies/hate-speech/as-of?date=2026-11-25')).json();
    const areaId = (await admin.get('/api/policies/hate-speech')).json().areaId;
    await admin.post('/api/policies', {
      title: 'Copy',
      slug: 'hate-speech-copy',
      areaId,
      restricted: true,
      ownerIds: [owner.userId],
    });
    const draft = (await admin.post('/api/policies/hate-speech-copy/versions', { body: hate.body })).json();
    const url = `/api/policies/hate-speech-copy/versions/${draft.id}/transitions`;
    await admin.post(url, { version: 1, action: 'submit' });
    await owner.post(url, { version: 2, action: 'approve', effectiveDate: '2025-01-01' });
    expect((await owner.post(url, { version: 3, action: 'publish' })).statusCode).toBe(200);

    const seenByAdmin = (await admin.get('/api/policies/hate-speech/overlaps')).json().items;
    expect(seenByAdmin[0]).toMatchObject({ policy: { slug: 'hate-speech-copy' }, similarity: 1 });
    expect(seenByAdmin[0].sharedTerms.length).toBeGreaterThan(2);
    const seenByViewer = (await viewer.get('/api/policies/hate-speech/overlaps')).json().items;
    expect(seenByViewer.map((i: { policy: { slug: string } }) => i.policy.slug)).not.toContain('hate-speech-copy');
    expectProblem(await viewer.get('/api/policies/hate-speech-copy/overlaps'), 404, 'NOT_FOUND');
  });
});
