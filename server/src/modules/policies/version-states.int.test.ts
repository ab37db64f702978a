import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoDay } from '../../platform/clock.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

type Item = { id: string; label: string; state: string; updatedAt: string; version: number; marketStates: unknown[] };

// Dates relative to the machine's today, so that the state before the clock moves is also what a
// server reading the machine's clock would say.
const TODAY = isoDay(new Date());
const PAST = addDays(TODAY, -100);
const FUTURE = addDays(TODAY, 45);

describe.each(DIALECTS)('version states derived from dates on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;

  /** Drafts, reviews and makes live a version taking effect on `date` (with per-market dates). */
  async function publish(slug: string, body: string, date: string, marketDates: object[] = []) {
    const url = `/api/policies/${slug}/versions`;
    const draft = (await writer.post(url, { body, changeSummary: `Takes effect ${date}` })).json();
    if (marketDates.length) await writer.patch(`${url}/${draft.id}`, { version: 1, marketDates });
    const at = marketDates.length ? 2 : 1;
    await writer.post(`${url}/${draft.id}/transitions`, { version: at, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: at + 1, action: 'approve', effectiveDate: date });
    const live = await owner.post(`${url}/${draft.id}/transitions`, { version: at + 2, action: 'publish' });
    expect(live.statusCode, live.body).toBe(200);
    return live.json() as Item;
  }
  const versions = async (slug: string) => (await owner.get(`/api/policies/${slug}/versions`)).json().items as Item[];
  const stateOf = async (slug: string) =>
    Object.fromEntries((await versions(slug)).map((v) => [v.label, v.state])) as Record<string, string>;
  const listed = async (status: string) =>
    (await owner.get(`/api/policies?status=${status}`)).json().items.map((p: { slug: string }) => p.slug);

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    for (const slug of ['hate-speech', 'new-rules'])
      await owner.post('/api/policies', { title: slug, slug, areaId, ownerIds: [owner.userId] });
  });
  afterEach(async () => t.close());

  it('shows a version made live for a future date as scheduled, the one in force as live, and flips at the date', async () => {
    await publish('hate-speech', 'No slurs.', PAST);
    const scheduled = await publish('hate-speech', 'No slurs or coded slurs.', FUTURE);
    expect(scheduled.state).toBe('scheduled');
    expect(await stateOf('hate-speech')).toEqual({ '1.1': 'scheduled', '1.0': 'live' });
    const policy = (await owner.get('/api/policies/hate-speech')).json();
    expect(policy).toMatchObject({ status: 'live', currentVersion: { label: '1.0' } });
    expect((await owner.get(`/api/policies/hate-speech/as-of?date=${TODAY}`)).json().label).toBe('1.0');
    const before = await versions('hate-speech');

    t.clock.setToday(addDays(FUTURE, -1));
    expect(await stateOf('hate-speech')).toEqual({ '1.1': 'scheduled', '1.0': 'live' });
    t.clock.setToday(FUTURE);
    expect(await stateOf('hate-speech')).toEqual({ '1.1': 'live', '1.0': 'superseded' });
    expect((await owner.get('/api/policies/hate-speech')).json().currentVersion.label).toBe('1.1');
    expect((await owner.get(`/api/policies/hate-speech/versions/${scheduled.id}`)).json().state).toBe('live');
    // Nobody acted: no version was written when the date came.
    const after = await versions('hate-speech');
    expect(after.map((v) => [v.version, v.updatedAt])).toEqual(before.map((v) => [v.version, v.updatedAt]));
  });

  it('says scheduled for a policy whose only published version takes effect later, and the status filter agrees on both dates', async () => {
    await publish('hate-speech', 'No slurs.', PAST);
    await publish('new-rules', 'New rules.', FUTURE);
    expect((await owner.get('/api/policies/new-rules')).json()).toMatchObject({
      status: 'scheduled',
      currentVersion: null,
    });
    expect(await listed('live')).toEqual(['hate-speech']);
    expect(await listed('scheduled')).toEqual(['new-rules']);
    const all = (await owner.get('/api/policies')).json().items;
    expect(Object.fromEntries(all.map((p: { slug: string; status: string }) => [p.slug, p.status]))).toEqual({
      'hate-speech': 'live',
      'new-rules': 'scheduled',
    });

    t.clock.setToday(FUTURE);
    expect(await listed('live')).toEqual(['hate-speech', 'new-rules']);
    expect(await listed('scheduled')).toEqual([]);
    expect((await owner.get('/api/policies/new-rules')).json()).toMatchObject({ status: 'live' });
  });

  it('is scheduled in a market whose own date is still ahead while live elsewhere', async () => {
    const markets = (await owner.get('/api/applicability/dimensions')).json().markets;
    const de = markets.find((m: { code: string }) => m.code === 'DE');
    const germanDate = addDays(FUTURE, 30);
    await publish('hate-speech', 'No slurs.', PAST);
    const v2 = await publish('hate-speech', 'No slurs or coded slurs.', FUTURE, [
      { marketId: de.id, effectiveDate: germanDate },
    ]);
    t.clock.setToday(addDays(FUTURE, 1));
    const [newer, older] = await versions('hate-speech');
    expect(newer).toMatchObject({
      state: 'live',
      marketStates: [{ marketId: de.id, marketCode: 'DE', state: 'scheduled', effectiveDate: germanDate }],
    });
    expect(older).toMatchObject({
      state: 'superseded',
      marketStates: [{ marketId: de.id, state: 'live', effectiveDate: PAST }],
    });
    const detail = (await owner.get(`/api/policies/hate-speech/versions/${v2.id}`)).json();
    expect(detail.marketStates).toEqual(newer!.marketStates);
    const inGermany = (await owner.get(`/api/policies/hate-speech/as-of?date=${addDays(FUTURE, 1)}&market=DE`)).json();
    expect(inGermany.label).toBe('1.0');

    t.clock.setToday(germanDate);
    const [now] = await versions('hate-speech');
    expect(now!.marketStates).toEqual([expect.objectContaining({ marketCode: 'DE', state: 'live' })]);
  });

  it('ends what is in force on the day the policy is retired', async () => {
    await publish('hate-speech', 'No slurs.', PAST);
    const policy = (await owner.get('/api/policies/hate-speech')).json();
    await owner.patch('/api/policies/hate-speech', { version: policy.version, retired: true });
    expect(await stateOf('hate-speech')).toEqual({ '1.0': 'superseded' });
    expect((await owner.get('/api/policies/hate-speech')).json()).toMatchObject({
      status: 'retired',
      currentVersion: null,
    });
    expect((await owner.get(`/api/policies/hate-speech/as-of?date=${TODAY}`)).statusCode).toBe(404);
    expect((await owner.get(`/api/policies/hate-speech/as-of?date=${addDays(PAST, 1)}`)).json().label).toBe('1.0');
  });
});
