import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';

describe.each(DIALECTS)('engagement history on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let owner: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    owner = await t.signIn('policy_owner');
  });
  afterEach(async () => t.close());

  /** A CR on the policy taken to Approval by `by`, then signed off by the policy owner. */
  async function signedOff(by: TestClient, slug: string, restricted: boolean): Promise<string> {
    const { policyId, draftId } = await policyWithDraft(admin, slug, { ownerIds: [owner.userId], restricted });
    const cr = (
      await by.post('/api/change-requests', {
        title: `Fix ${slug}`,
        type: 'editorial',
        source: 'performance_finding',
        targetPolicyId: policyId,
        ownerId: by.userId,
        problemStatement: 'A typo in 2.1',
      })
    ).json();
    expect(
      (await by.post(`/api/change-requests/${cr.id}/transitions`, { version: 1, to: 'drafting' })).statusCode,
    ).toBe(200);
    await by.patch(`/api/change-requests/${cr.id}`, { version: 2, proposal: 'Fix it', draftVersionId: draftId });
    expect(
      (await by.post(`/api/change-requests/${cr.id}/transitions`, { version: 3, to: 'approval' })).statusCode,
    ).toBe(200);
    const sign = await owner.post(`/api/change-requests/${cr.id}/sign-offs`, {
      version: 4,
      role: 'policy_owner',
      decision: 'approve',
    });
    expect(sign.statusCode, sign.body).toBe(200);
    return cr.id;
  }

  it('lists the sign-offs an account gave, newest first with counts, hiding CRs on restricted policies', async () => {
    const open = await signedOff(admin, 'hate-speech', false);
    const secret = await signedOff(admin, 'sextortion', true);
    const me = await t.services.stakeholders.directory.forUser(t.database.scope, owner.userId);

    const seenByAdmin = (await admin.get(`/api/stakeholders/${me.id}/engagement`)).json();
    expect(seenByAdmin.counts).toEqual({ meeting_attended: 0, sign_off: 2, decision: 0, action_owned: 0 });
    expect(seenByAdmin.items.map((e: { href: string }) => e.href)).toEqual([
      `/change-requests/${secret}`,
      `/change-requests/${open}`,
    ]);
    expect(seenByAdmin.items[1]).toMatchObject({
      kind: 'sign_off',
      title: 'CR-1 · Fix hate-speech',
      detail: 'Approved as Policy owner',
    });
    expect(seenByAdmin.truncated).toBe(false);

    const viewer = await t.signIn('viewer');
    const seenByViewer = (await viewer.get(`/api/stakeholders/${me.id}/engagement`)).json();
    expect(seenByViewer.counts.sign_off).toBe(1);
    expect(seenByViewer.items.map((e: { href: string }) => e.href)).toEqual([`/change-requests/${open}`]);
  });

  it('merges the sources other modules register and shows a contact with no history', async () => {
    const contact = (await admin.post('/api/stakeholders', { name: 'Kwame Boateng' })).json();
    const empty = (await owner.get(`/api/stakeholders/${contact.id}/engagement`)).json();
    expect(empty).toMatchObject({ items: [], stakeholder: { id: contact.id, kind: 'contact' } });
    t.services.stakeholders.engagement.sources.register(async (_db, _actor, person) =>
      person.stakeholderId === contact.id
        ? [
            {
              kind: 'meeting_attended',
              at: '2026-10-01T15:00:00.000Z',
              title: 'Youth safety',
              detail: 'Attended',
              href: '/m/1',
            },
            { kind: 'action_owned', at: '2026-11-02', title: 'Vendor brief', detail: 'Owner', href: '/a/1' },
          ]
        : [],
    );
    const merged = (await owner.get(`/api/stakeholders/${contact.id}/engagement`)).json();
    expect(merged.items.map((e: { kind: string }) => e.kind)).toEqual(['action_owned', 'meeting_attended']);
    expect(merged.counts).toMatchObject({ meeting_attended: 1, action_owned: 1, sign_off: 0 });
  });

  it('answers 404 for someone not in the directory', async () => {
    expectProblem(
      await owner.get('/api/stakeholders/01900000-0000-7000-8000-000000000000/engagement'),
      404,
      'NOT_FOUND',
    );
  });
});
