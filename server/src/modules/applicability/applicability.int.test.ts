import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

interface Dimensions {
  surfaces: { id: string; name: string; version: number }[];
  markets: { id: string; code: string; kind: string; parentId: string | null; version: number }[];
}

describe.each(DIALECTS)('applicability on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let owner: TestClient;
  let dims: Dimensions;
  const surface = (name: string) => dims.surfaces.find((s) => s.name === name)!.id;
  const market = (code: string) => dims.markets.find((m) => m.code === code)!.id;

  async function policy(slug: string, extra: object = {}) {
    const areaId =
      (await owner.get('/api/policy-areas')).json().items[0]?.id ??
      (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    return (
      await owner.post('/api/policies', { title: `Policy ${slug}`, slug, areaId, ownerIds: [owner.userId], ...extra })
    ).json();
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    owner = await t.signIn('policy_owner');
    dims = (await owner.get('/api/applicability/dimensions')).json();
  });
  afterEach(async () => t.close());

  it('starts with editable default surfaces and markets, countries inside regions', async () => {
    expect(dims.surfaces.map((s) => s.name)).toEqual([
      'Feed videos',
      'LIVE',
      'Comments',
      'Direct messages',
      'Profiles',
      'Search',
      'Ads',
      'Shop',
    ]);
    expect(dims.markets.find((m) => m.code === 'DE')!.parentId).toBe(market('EU'));
    const shop = await admin.post('/api/surfaces', { name: 'Stories' });
    expect(shop.statusCode).toBe(201);
    expectProblem(await admin.post('/api/surfaces', { name: 'Stories' }), 409, 'ALREADY_EXISTS');
    expectProblem(await admin.post('/api/surfaces', { name: ' ' }), 400, 'VALIDATION_FAILED');
    expectProblem(await owner.post('/api/surfaces', { name: 'Other' }), 403, 'FORBIDDEN');
    const renamed = await admin.patch(`/api/surfaces/${shop.json().id}`, { version: 1, name: 'Stories & Now' });
    expect(renamed.json()).toMatchObject({ name: 'Stories & Now', version: 2 });
    expectProblem(
      await admin.patch(`/api/surfaces/${shop.json().id}`, { version: 1, name: 'Stale' }),
      409,
      'VERSION_CONFLICT',
    );
    expectProblem(
      await admin.patch(`/api/surfaces/00000000-0000-4000-8000-000000000000`, { version: 1, name: 'X' }),
      404,
      'NOT_FOUND',
    );

    const jp = await admin.post('/api/markets', {
      code: 'JP',
      name: 'Japan',
      kind: 'country',
      parentId: market('APAC'),
    });
    expect(jp.statusCode).toBe(201);
    expectProblem(
      await admin.post('/api/markets', { code: 'XX', name: 'Bad', kind: 'country', parentId: market('DE') }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await admin.post('/api/markets', { code: 'JP', name: 'Again', kind: 'country' }),
      409,
      'ALREADY_EXISTS',
    );
    expectProblem(
      await admin.post('/api/markets', { code: 'lower', name: 'Bad', kind: 'region' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await admin.delete(`/api/markets/${market('EU')}?version=1`), 409, 'INVALID_STATE');
    expect((await admin.delete(`/api/markets/${jp.json().id}?version=1`)).statusCode).toBe(204);
  });

  it('stores a grid per policy with optimistic concurrency, inherits country from region from Global, and filters search', async () => {
    const p = await policy('hate-speech');
    const grid = [
      { surfaceId: surface('LIVE'), marketId: market('GLOBAL'), state: 'applies' },
      { surfaceId: surface('LIVE'), marketId: market('EU'), state: 'differs', note: 'DSA notice period applies' },
      { surfaceId: surface('Ads'), marketId: market('GLOBAL'), state: 'does_not_apply' },
    ];
    const saved = await owner.put('/api/policies/hate-speech/applicability', { version: p.version, cells: grid });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().cells).toHaveLength(3);
    expectProblem(
      await owner.put('/api/policies/hate-speech/applicability', { version: p.version, cells: [] }),
      409,
      'VERSION_CONFLICT',
    );
    const current = saved.json().version;
    const bad = await owner.put('/api/policies/hate-speech/applicability', {
      version: current,
      cells: [{ ...grid[1], note: '' }],
    });
    expectProblem(bad, 400, 'VALIDATION_FAILED');
    expect(bad.json().errors[0].path).toBe('body.cells.0.note');
    expectProblem(
      await owner.put('/api/policies/hate-speech/applicability', { version: current, cells: [grid[0], grid[0]] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await (
        await t.signIn('contributor')
      ).put('/api/policies/hate-speech/applicability', { version: current, cells: [] }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await owner.get('/api/policies/nope/applicability'), 404, 'NOT_FOUND');
    expect((await owner.get('/api/policies/hate-speech/applicability')).json().cells).toHaveLength(3);
    expectProblem(await admin.delete(`/api/surfaces/${surface('LIVE')}?version=1`), 409, 'INVALID_STATE');

    await policy('spam');
    for (const slug of ['hate-speech', 'spam']) {
      const draft = (
        await owner.post(`/api/policies/${slug}/versions`, { body: 'Shared words about harassment.' })
      ).json();
      expect(draft.id).toBeTruthy();
    }
    const ids = async (query: string) =>
      (await owner.get(`/api/search?q=harassment&${query}`))
        .json()
        .items.map((h: { policy: { slug: string } }) => h.policy.slug);
    expect((await ids('')).sort()).toEqual(['hate-speech', 'spam']);
    expect(await ids(`surfaceId=${surface('LIVE')}&marketId=${market('DE')}`)).toEqual(['hate-speech']);
    expect(await ids(`surfaceId=${surface('Ads')}`)).toEqual([]);
    expect(await ids(`marketId=${market('US')}`)).toEqual(['hate-speech']);
  });

  it('lets a version take effect on other dates in some markets and answers "as of" per market', async () => {
    await policy('bullying');
    const url = '/api/policies/bullying/versions';
    const publish = async (
      body: string,
      effectiveDate: string,
      marketDates: { marketId: string; effectiveDate: string }[] = [],
    ) => {
      const draft = (await owner.post(url, { body })).json();
      const edited = await owner.patch(`${url}/${draft.id}`, { version: draft.version, marketDates });
      expect(edited.statusCode).toBe(200);
      let v = edited.json();
      for (const action of ['submit', 'approve', 'publish']) {
        const actor = action === 'approve' ? admin : owner;
        v = (
          await actor.post(`${url}/${draft.id}/transitions`, {
            version: v.version,
            action,
            ...(action === 'approve' ? { effectiveDate } : {}),
          })
        ).json();
      }
      return v;
    };
    await publish('First rules.', '2025-01-01');
    const second = await publish('Second rules.', '2025-06-01', [
      { marketId: market('EU'), effectiveDate: '2025-09-01' },
    ]);
    expect(second.marketDates).toEqual([
      { marketId: market('EU'), marketCode: 'EU', marketName: 'European Union', effectiveDate: '2025-09-01' },
    ]);
    const listed = (await owner.get(url)).json().items.find((v: { id: string }) => v.id === second.id);
    expect(listed.marketDates.map((d: { marketCode: string }) => d.marketCode)).toEqual(['EU']);
    const asOf = async (query: string) => (await owner.get(`/api/policies/bullying/as-of?${query}`)).json().body;
    expect(await asOf('date=2025-07-01')).toBe('Second rules.');
    expect(await asOf('date=2025-07-01&market=DE')).toBe('First rules.');
    expect(await asOf(`date=2025-07-01&market=${market('US')}`)).toBe('Second rules.');
    expect(await asOf('date=2025-09-01&market=de')).toBe('Second rules.');
    expectProblem(await owner.get('/api/policies/bullying/as-of?date=2025-07-01&market=ZZ'), 400, 'VALIDATION_FAILED');
    const live = second;
    expectProblem(
      await owner.patch(`${url}/${live.id}`, { version: live.version, marketDates: [] }),
      409,
      'POLICY_VERSION_LOCKED',
    );
    const draft = (await owner.post(url, { body: 'Third.' })).json();
    const dup = await owner.patch(`${url}/${draft.id}`, {
      version: draft.version,
      marketDates: [
        { marketId: market('EU'), effectiveDate: '2026-01-01' },
        { marketId: market('EU'), effectiveDate: '2026-02-01' },
      ],
    });
    expectProblem(dup, 400, 'VALIDATION_FAILED');
    expect(dup.json().errors[0].path).toBe('body.marketDates.1.marketId');
  });
});
