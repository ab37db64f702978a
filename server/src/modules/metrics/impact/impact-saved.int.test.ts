import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../../test/test-app.js';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { dimensionsOf, policyOf, publishedVersion, seriesRows } from './impact-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';
const LAUNCH = '2026-06-01';

async function insertRows(t: TestApp, rows: MetricDailyTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 200)
    await t.database.db
      .insertInto('metric_daily')
      .values(rows.slice(i, i + 200))
      .execute();
}

describe.each(DIALECTS)('stored impact analyses on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let owner: TestClient;
  let viewer: TestClient;
  let policyId: string;
  let versionId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    owner = await t.signIn('policy_owner');
    viewer = await t.signIn('viewer');
    const dims = await dimensionsOf(admin);
    policyId = await policyOf(admin, 'hate-speech');
    versionId = await publishedVersion(t, policyId, '2.0', LAUNCH);
    await insertRows(
      t,
      seriesRows({
        policyId,
        marketId: dims.market('FR'),
        surfaceId: dims.surface('LIVE'),
        from: '2026-04-20',
        days: 80,
        launch: LAUNCH,
        overturnShift: -0.25,
        seed: 7,
      }),
    );
  });
  afterEach(async () => t.close());

  const base = () => `/api/metrics/policies/hate-speech/versions/${versionId}`;

  it('stores a snapshot that reproduces when re-run, lists it, and deletes it with audit events', async () => {
    const created = await owner.post(`${base()}/impact-analyses`, { windowDays: 21, rampUpDays: 7 });
    expect(created.statusCode).toBe(201);
    const analysis = created.json();
    expect(analysis).toMatchObject({
      policyId,
      versionId,
      launchDate: LAUNCH,
      design: 'interrupted_time_series',
      methodVersion: 'policyops-impact/1',
      options: { windowDays: 21, rampUpDays: 7, design: 'auto' },
      createdBy: { id: owner.userId },
      reproduction: { reproduced: true, sameMethodVersion: true },
      abilities: { delete: true },
    });
    expect(analysis.metrics).toBe(7);
    expect(analysis.significant).toBeGreaterThanOrEqual(1);
    const live = (await viewer.get(`${base()}/impact?windowDays=21`)).json();
    expect(analysis.report.metrics).toEqual(live.metrics);

    const read = (await viewer.get(`/api/metrics/impact-analyses/${analysis.id}`)).json();
    expect(read).toMatchObject({ id: analysis.id, reproduction: { reproduced: true }, abilities: { delete: false } });
    expect(read.report.metrics).toEqual(analysis.report.metrics);

    // New rows change the live analysis, not the stored one, which still reproduces from its inputs.
    await t.database.db
      .updateTable('metric_daily')
      .set({ appeals_overturned: 0 })
      .where('day', '>', '2026-06-20')
      .execute();
    const afterChange = (await viewer.get(`/api/metrics/impact-analyses/${analysis.id}`)).json();
    expect(afterChange.report.metrics).toEqual(analysis.report.metrics);
    expect(afterChange.reproduction.reproduced).toBe(true);

    // A tampered stored result no longer reproduces.
    const tampered = {
      ...analysis.report,
      metrics: analysis.report.metrics.map((m: object) => ({ ...m, pValue: 0.5 })),
    };
    await t.database.db
      .updateTable('impact_analyses')
      .set({ result: JSON.stringify(tampered) })
      .where('id', '=', analysis.id)
      .execute();
    expect((await viewer.get(`/api/metrics/impact-analyses/${analysis.id}`)).json().reproduction.reproduced).toBe(
      false,
    );

    const list = (await viewer.get(`${base()}/impact-analyses`)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      id: analysis.id,
      createdBy: { id: owner.userId },
      abilities: { delete: false },
    });
    const launches = (await viewer.get('/api/metrics/policies/hate-speech/launches')).json();
    expect(launches.items[0].analyses).toBe(1);

    expectProblem(await viewer.delete(`/api/metrics/impact-analyses/${analysis.id}`), 403, 'FORBIDDEN');
    expect((await owner.delete(`/api/metrics/impact-analyses/${analysis.id}`)).statusCode).toBe(204);
    expectProblem(await viewer.get(`/api/metrics/impact-analyses/${analysis.id}`), 404, 'NOT_FOUND');
    expect((await viewer.get(`${base()}/impact-analyses`)).json().items).toEqual([]);

    const events = (await admin.get('/api/audit-events?limit=20')).json().items as {
      action: string;
      entityId: string;
    }[];
    expect(events.filter((e) => e.entityId === analysis.id).map((e) => e.action)).toEqual(
      expect.arrayContaining(['impact_analysis.created', 'impact_analysis.deleted']),
    );
  });

  it('refuses viewers, bad bodies, unknown records and hidden policies', async () => {
    expectProblem(await viewer.post(`${base()}/impact-analyses`, {}), 403, 'FORBIDDEN');
    const bad = expectProblem(
      await owner.post(`${base()}/impact-analyses`, { windowDays: 3 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(['body.windowDays']);
    const market = expectProblem(await owner.post(`${base()}/impact-analyses`, { market: 'ZZ' }), 400);
    expect(market.errors?.map((e) => e.path)).toEqual(['body.market']);
    expectProblem(
      await owner.post(`/api/metrics/policies/hate-speech/versions/${MISSING}/impact-analyses`, {}),
      404,
      'NOT_FOUND',
    );
    expectProblem(await viewer.get(`/api/metrics/impact-analyses/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await owner.delete(`/api/metrics/impact-analyses/${MISSING}`), 404, 'NOT_FOUND');

    const secret = await policyOf(admin, 'secret', { restricted: true });
    const secretVersion = await publishedVersion(t, secret, '1.0', LAUNCH);
    const stored = (
      await admin.post(`/api/metrics/policies/secret/versions/${secretVersion}/impact-analyses`, {})
    ).json();
    expectProblem(await viewer.get(`/api/metrics/impact-analyses/${stored.id}`), 404, 'NOT_FOUND');
    expectProblem(await owner.delete(`/api/metrics/impact-analyses/${stored.id}`), 404, 'NOT_FOUND');
    expectProblem(await viewer.get(`/api/metrics/policies/secret/versions/${secretVersion}/impact-analyses`), 404);
    expect((await admin.get(`/api/metrics/impact-analyses/${stored.id}`)).statusCode).toBe(200);
  });
});
