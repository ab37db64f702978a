import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createSampleTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('the sample decision register on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    ({ t, admin } = await createSampleTestApp(dialect));
  }, 120_000); // the worker's first use of the sample loads it for real
  afterAll(async () => t.close());

  it('has seven decisions: one superseded wholly by its successor, one with a revisit date, one proposed', async () => {
    const { items } = (await admin.get('/api/decisions')).json();
    expect(items).toHaveLength(7);
    const byTitle = new Map(items.map((d: { title: string }) => [d.title, d]));
    const video = byTitle.get('Label realistic AI-generated video') as { id: string; status: string };
    expect(video.status).toBe('superseded');
    const detail = (await admin.get(`/api/decisions/${video.id}`)).json();
    expect(detail.supersededBy).toMatchObject([
      { decision: { title: 'Label realistic AI-generated video and audio', status: 'accepted' }, scope: 'whole' },
    ]);
    expect(detail.decidedBy.length).toBeGreaterThan(0);
    const age = byTitle.get('Age-estimation prompts before live streaming') as { id: string };
    const ageDetail = (await admin.get(`/api/decisions/${age.id}`)).json();
    expect(ageDetail).toMatchObject({ status: 'accepted', revisitTrigger: { kind: 'date' }, revisitDue: false });
    expect(ageDetail.revisitTrigger.date > t.clock.today()).toBe(true);
    expect(items.filter((d: { status: string }) => d.status === 'proposed')).toMatchObject([
      { title: 'Political-ad labels in Brazil' },
    ]);
    const search = (await admin.get('/api/search?q=cloned%20voices&kind=decision')).json();
    expect(search.items[0]).toMatchObject({ decision: { title: 'Label realistic AI-generated video and audio' } });
  });
});
