import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('the sample change requests and adoption campaign on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp(dialect));
  }, 120_000); // the worker's first use of the sample loads it for real
  afterAll(async () => t.close());

  it('has a dozen CRs across the stages and both lanes', async () => {
    const { items } = (await admin.get('/api/change-requests')).json();
    expect(items).toHaveLength(12);
    const stages = new Set(items.map((cr: { stage: string }) => cr.stage));
    for (const stage of ['intake', 'scoping', 'drafting', 'cross_functional_review', 'approval', 'enablement'])
      expect(stages, stage).toContain(stage);
    for (const stage of ['launched', 'rejected', 'withdrawn']) expect(stages, stage).toContain(stage);
    expect(new Set(items.map((cr: { lane: string }) => cr.lane))).toEqual(new Set(['fast', 'full']));
    expect(items.some((cr: { overdue: boolean }) => cr.overdue)).toBe(true);
    expect(items.some((cr: { scheduled: boolean }) => cr.scheduled)).toBe(true);
  });

  it('tells the launched CR whole: changes requested, a reset, the launch, its reviews and its campaign', async () => {
    const { items } = (await admin.get('/api/change-requests?stage=launched')).json();
    expect(items).toHaveLength(1);
    const cr = (await admin.get(`/api/change-requests/${items[0].id}`)).json();
    expect(cr.launch).toMatchObject({ launchedAt: expect.any(String), scheduledFor: null });
    expect(cr.postLaunchReviews.map((r: { offsetDays: number }) => r.offsetDays)).toEqual([30, 90]);
    expect(cr.signOffs.some((s: { decision: string }) => s.decision === 'request_changes')).toBe(true);
    expect(cr.signOffs.some((s: { resetAt: string | null }) => s.resetAt !== null)).toBe(true);
    const timeline = (await admin.get(`/api/change-requests/${cr.id}/timeline`)).json();
    expect(timeline.items.length).toBeGreaterThan(15);

    const version = (await admin.get(`/api/policies/suicide-and-self-harm/versions/${cr.launch.versionId}`)).json();
    expect(version.changeRequest).toMatchObject({ id: cr.id });

    const campaigns = (await admin.get(`/api/adoption/campaigns?changeRequestId=${cr.id}`)).json().items;
    expect(campaigns).toHaveLength(1);
    const campaign = (await admin.get(`/api/adoption/campaigns/${campaigns[0].id}`)).json();
    expect(campaign).toMatchObject({ materiality: 'material', status: 'in_progress' });
    expect(campaign.audiences).toHaveLength(4);
    expect(campaign.adoption).toMatchObject({ rule: 'gate', passed: false });
    expect(campaign.adoption.holding.map((h: { name: string }) => h.name)).toContain('Nairobi vendor team (Sama)');
    expect(campaign.totals.acknowledgedPct).toBeGreaterThan(50);
    const curve = (await admin.get(`/api/adoption/campaigns/${campaign.id}/curve`)).json();
    expect(JSON.stringify(curve).length).toBeGreaterThan(500);
  });
});
