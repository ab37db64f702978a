import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Market {
  id: string;
  code: string;
  inheritsFrom: string[];
}
interface Resolved {
  surfaceId: string;
  marketId: string;
  state: string | null;
  note: string;
  inherited: boolean;
  sourceMarketId: string | null;
}

// The server is the one place that resolves inheritance (country -> region -> Global); clients render its answer.
describe.each(DIALECTS)('resolved applicability on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let owner: TestClient;
  let surfaces: { id: string; name: string }[];
  let markets: Market[];
  const surface = (name: string) => surfaces.find((s) => s.name === name)!.id;
  const market = (code: string) => markets.find((m) => m.code === code)!.id;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    owner = await t.signIn('policy_owner');
    ({ surfaces, markets } = (await owner.get('/api/applicability/dimensions')).json());
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    await owner.post('/api/policies', { title: 'Bullying', slug: 'bullying', areaId, ownerIds: [owner.userId] });
  });
  afterEach(async () => t.close());

  it('tells each market where it inherits from: its region, then Global', async () => {
    expect(markets.find((m) => m.code === 'DE')!.inheritsFrom).toEqual([market('EU'), market('GLOBAL')]);
    expect(markets.find((m) => m.code === 'EU')!.inheritsFrom).toEqual([market('GLOBAL')]);
    expect(markets.find((m) => m.code === 'GLOBAL')!.inheritsFrom).toEqual([]);
    const loose = (await admin.post('/api/markets', { code: 'CH', name: 'Switzerland', kind: 'country' })).json();
    expect(loose.inheritsFrom).toEqual([market('GLOBAL')]);
  });

  it('sends every cell resolved: the state that holds, whether it is inherited, and from which market', async () => {
    const policy = (await owner.get('/api/policies/bullying')).json();
    const saved = await owner.put('/api/policies/bullying/applicability', {
      version: policy.version,
      cells: [
        { surfaceId: surface('LIVE'), marketId: market('GLOBAL'), state: 'applies' },
        { surfaceId: surface('LIVE'), marketId: market('EU'), state: 'differs', note: 'DSA notice period' },
        { surfaceId: surface('LIVE'), marketId: market('FR'), state: 'does_not_apply' },
      ],
    });
    const grid = (await owner.get('/api/policies/bullying/applicability')).json();
    expect(saved.json().resolved).toEqual(grid.resolved);
    expect(grid.resolved).toHaveLength(surfaces.length * markets.length);
    const cell = (surfaceName: string, code: string) =>
      (grid.resolved as Resolved[]).find((c) => c.surfaceId === surface(surfaceName) && c.marketId === market(code));
    expect(cell('LIVE', 'DE')).toEqual({
      surfaceId: surface('LIVE'),
      marketId: market('DE'),
      state: 'differs',
      note: 'DSA notice period',
      inherited: true,
      sourceMarketId: market('EU'),
    });
    expect(cell('LIVE', 'FR')).toMatchObject({
      state: 'does_not_apply',
      inherited: false,
      sourceMarketId: market('FR'),
    });
    expect(cell('LIVE', 'US')).toMatchObject({ state: 'applies', inherited: true, sourceMarketId: market('GLOBAL') });
    expect(cell('LIVE', 'GLOBAL')).toMatchObject({ state: 'applies', inherited: false });
    expect(cell('Ads', 'DE')).toEqual({
      surfaceId: surface('Ads'),
      marketId: market('DE'),
      state: null,
      note: '',
      inherited: false,
      sourceMarketId: null,
    });
  });

  it('says since when the version in force in a market applies there, by the same inheritance', async () => {
    const url = '/api/policies/bullying/versions';
    const draft = (await owner.post(url, { body: 'Rules.' })).json();
    const global = await owner.patch(`${url}/${draft.id}`, {
      version: draft.version,
      marketDates: [{ marketId: market('GLOBAL'), effectiveDate: '2025-03-01' }],
    });
    // Global's date is the version's own effective date: a second one would be a second rule.
    expect(expectProblem(global, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.marketDates.0.marketId');
    let v = (
      await owner.patch(`${url}/${draft.id}`, {
        version: draft.version,
        marketDates: [{ marketId: market('EU'), effectiveDate: '2025-09-01' }],
      })
    ).json();
    for (const action of ['submit', 'approve', 'publish'])
      v = (
        await (action === 'approve' ? admin : owner).post(`${url}/${draft.id}/transitions`, {
          version: v.version,
          action,
          ...(action === 'approve' ? { effectiveDate: '2025-06-01' } : {}),
        })
      ).json();
    const since = async (query: string) =>
      (await owner.get(`/api/policies/bullying/as-of?date=2025-10-01${query}`)).json().inForceSince;
    expect(await since('')).toBe('2025-06-01');
    expect(await since('&market=DE')).toBe('2025-09-01');
    expect(await since('&market=EU')).toBe('2025-09-01');
    expect(await since('&market=US')).toBe('2025-06-01');
    expect(await since('&market=GLOBAL')).toBe('2025-06-01');
  });
});
