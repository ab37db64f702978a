import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('marking notifications read on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let member: TestClient;
  let policyId: string;
  let openId: string;

  const unread = async (client: TestClient) =>
    (await client.get('/api/notifications/unread-count')).json().count as number;
  const setMembers = async (memberIds: string[]) => {
    const policy = (await owner.get('/api/policies/sextortion')).json();
    expect((await owner.patch('/api/policies/sextortion', { version: policy.version, memberIds })).statusCode).toBe(
      200,
    );
  };

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    member = await t.signIn('contributor');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Minor Safety' })).json().id;
    openId = (await owner.post('/api/policies', { title: 'Open', slug: 'open', areaId })).json().id;
    policyId = (
      await owner.post('/api/policies', {
        title: 'Sextortion draft',
        slug: 'sextortion',
        areaId,
        restricted: true,
        ownerIds: [owner.userId],
        memberIds: [member.userId],
      })
    ).json().id;
    await member.put(`/api/watches/policy/${policyId}`);
    await member.put(`/api/watches/policy/${openId}`);
  });
  afterEach(async () => t.close());

  it('marks and counts only what the inbox shows, leaving notifications about hidden records untouched', async () => {
    await owner.post('/api/comments', { entityType: 'policy', entityId: policyId, body: 'Hidden note' });
    await owner.post('/api/comments', { entityType: 'policy', entityId: openId, body: 'Open note' });
    expect(await unread(member)).toBe(2);

    await setMembers([]);
    expect(await unread(member)).toBe(1);
    // The count the inbox shows, not the one the database holds: no hint that a hidden record exists.
    expect((await member.post('/api/notifications/read-all')).json()).toEqual({ marked: 1 });
    expect(await unread(member)).toBe(0);

    // Let back in (which tells the watcher), the hidden notification is still unread: mark-all-read left it.
    await setMembers([member.userId]);
    const summaries = (await member.get('/api/notifications?unread=true'))
      .json()
      .items.map((n: { summary: string }) => n.summary);
    expect(summaries).toEqual(['Changed the members', 'Commented: Hidden note']);
    expect((await member.post('/api/notifications/read-all')).json()).toEqual({ marked: 2 });
  });

  it('refuses to mark one read once its record is hidden, and leaves it unread', async () => {
    await owner.post('/api/comments', { entityType: 'policy', entityId: policyId, body: 'Hidden note' });
    const [item] = (await member.get('/api/notifications')).json().items;
    await setMembers([]);
    expectProblem(await member.post(`/api/notifications/${item.id}/read`), 404, 'NOT_FOUND');
    await setMembers([member.userId]);
    const again = (await member.get('/api/notifications')).json().items.find((n: { id: string }) => n.id === item.id);
    expect(again.readAt).toBeNull();
    expect((await member.post(`/api/notifications/${item.id}/read`)).json().readAt).toEqual(expect.any(String));
  });
});
