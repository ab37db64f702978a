import { addDays } from '@policyops/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('the sample RAID log on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp(dialect));
  }, 120_000);
  afterAll(async () => t.close());

  it('spreads risks over the heat map and logs every kind', async () => {
    const map = (await admin.get('/api/raid/heat-map')).json();
    expect(map.total).toBeGreaterThanOrEqual(6);
    expect(
      new Set(map.cells.filter((c: { count: number }) => c.count > 0).map((c: { band: string }) => c.band)).size,
    ).toBeGreaterThanOrEqual(3);
    for (const kind of ['risk', 'issue', 'assumption', 'dependency'])
      expect((await admin.get(`/api/raid/items?kind=${kind}`)).json().items.length, kind).toBeGreaterThanOrEqual(3);
  });

  it('has the Brazil blocker escalated to level 2 by the job the day after its date', async () => {
    const { items } = (await admin.get('/api/raid/items?kind=issue&blockersOnly=true')).json();
    const brazil = items.find((i: { title: string }) => i.title === 'Legal sign-off on political-ad labels in Brazil');
    const today = t.clock.today();
    expect(brazil).toMatchObject({
      currentLevel: 2,
      decisionNeededBy: addDays(today, -10),
      decisionOverdue: true,
      escalations: [{ fromLevel: 1, toLevel: 2, automatic: true }],
    });
    expect(brazil.escalations[0].at.slice(0, 10)).toBe(addDays(today, -9));
    // The job's next run leaves it where it is: that date has been acted on.
    await t.services.jobs.fireSchedules(new Date(`${today}T07:31:00Z`));
    await t.services.jobs.drain();
    expect((await admin.get(`/api/raid/items/${brazil.id}`)).json().currentLevel).toBe(2);
  });
});
