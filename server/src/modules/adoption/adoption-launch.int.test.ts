import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

// The wiring in app.ts: launching a CR opens its adoption campaign in the same transaction.
describe.each(DIALECTS)('a change-request launch opens its adoption campaign on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let owner: TestClient;
  let policyId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    owner = await t.signIn('policy_owner');
    const area = (await admin.post('/api/policy-areas', { name: 'Harmful speech' })).json();
    policyId = (
      await admin.post('/api/policies', {
        title: 'Hate speech',
        slug: 'hate-speech',
        areaId: area.id,
        ownerIds: [owner.userId],
      })
    ).json().id;
    await pm.post('/api/adoption/audiences', {
      name: 'Lisbon moderation site',
      kind: 'site',
      headcount: 40,
      contactEmail: 'lisbon@sites.example',
    });
    // Material changes need the cross-functional sign-offs; a short workflow keeps this test about the wiring.
    const settings = (await admin.get('/api/change-requests/settings')).json();
    const stages = settings.workflow.stages
      .filter((s: { key: string }) => ['intake', 'drafting', 'approval', 'launched', 'closed'].includes(s.key))
      .map((s: { signOffs: object }) => ({ ...s, signOffs: { roles: [], order: 'parallel' } }));
    const saved = await admin.put('/api/change-requests/settings', { version: settings.version, workflow: { stages } });
    expect(saved.statusCode, saved.body).toBe(200);
  });
  afterEach(async () => t.close());

  type Cr = { id: string; version: number; stage: string; launch: { versionId: string } };
  const ok = async (reply: Promise<{ statusCode: number; body: string; json: () => unknown }>) => {
    const r = await reply;
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json() as Cr;
  };

  async function launch(type: string) {
    let cr = await ok(
      pm.post('/api/change-requests', {
        title: `A ${type} change`,
        type,
        source: 'performance_finding',
        targetPolicyId: policyId,
        ownerId: pm.userId,
        problemStatement: 'QA found coded terms left up',
        proposal: 'Say that coded terms name the group',
      }),
    );
    cr = await ok(pm.post(`/api/change-requests/${cr.id}/draft`, { version: cr.version }));
    cr = await ok(pm.post(`/api/change-requests/${cr.id}/transitions`, { version: cr.version, to: 'drafting' }));
    cr = await ok(pm.patch(`/api/change-requests/${cr.id}`, { version: cr.version, effectiveDate: t.clock.today() }));
    cr = await ok(pm.post(`/api/change-requests/${cr.id}/transitions`, { version: cr.version, to: 'approval' }));
    // The fast lane needs the policy owner's approval; this full lane was left without sign-offs.
    if (type === 'editorial')
      cr = await ok(
        owner.post(`/api/change-requests/${cr.id}/sign-offs`, {
          version: cr.version,
          role: 'policy_owner',
          decision: 'approve',
        }),
      );
    const launched = await pm.post(`/api/change-requests/${cr.id}/launch`, {
      version: cr.version,
      effectiveDate: t.clock.today(),
    });
    expect(launched.statusCode, launched.body).toBe(200);
    expect(launched.json().stage).toBe('launched');
    return launched.json();
  }

  it('opens a material campaign pinned to the launched version, with the directory audiences', async () => {
    const cr = await launch('clarification');
    const { items } = (await pm.get(`/api/adoption/campaigns?changeRequestId=${cr.id}`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ materiality: 'material', status: 'in_progress' });
    const campaign = (await pm.get(`/api/adoption/campaigns/${items[0].id}`)).json();
    expect(campaign.policyVersion?.id ?? campaign.policyVersionId).toBe(cr.launch.versionId);
    expect(campaign.audiences.map((a: { name: string }) => a.name)).toEqual(['Lisbon moderation site']);
  });

  it('opens an editorial campaign that asks no one and counts as adopted', async () => {
    const cr = await launch('editorial');
    const { items } = (await pm.get(`/api/adoption/campaigns?changeRequestId=${cr.id}`)).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ materiality: 'editorial', status: 'adopted' });
  });
});
