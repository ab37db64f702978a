import { inTransaction } from '../../../db/scope.js';
import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import { SYSTEM_CAUSE } from '../../audit/audit.service.js';
import type { TestApp, TestClient } from '../../../test/test-app.js';
import { addDays } from '../statistics/day-of-week.js';
import { binomialDeviate, deriveSeed, mulberry32 } from '../statistics/random.js';

/** A policy made through the API; returns its id. */
export async function policyOf(admin: TestClient, slug: string, extra: Record<string, unknown> = {}): Promise<string> {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json();
  const res = await admin.post('/api/policies', {
    title: `Policy ${slug}`,
    slug,
    areaId: area.id,
    ownerIds: [],
    ...extra,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.json().id as string;
}

/** A published (live) version with its Global date and per-market dates, as an import would store it. */
export async function publishedVersion(
  t: TestApp,
  policyId: string,
  label: string,
  effectiveDate: string,
  marketDates: { marketId: string; effectiveDate: string }[] = [],
): Promise<string> {
  return inTransaction(t.database.scope, (trx) =>
    t.services.policyVersions.createHistoricInTransaction(trx, SYSTEM_CAUSE, policyId, {
      label,
      body: `# Version ${label}`,
      changeSummary: `Version ${label}`,
      effectiveDate,
      approverId: null,
      state: 'live',
      marketDates,
    }),
  );
}

export async function dimensionsOf(client: TestClient) {
  const dims = (await client.get('/api/applicability/dimensions')).json() as {
    markets: { id: string; code: string }[];
    surfaces: { id: string; name: string }[];
  };
  return {
    market: (code: string) => dims.markets.find((m) => m.code === code)!.id,
    surface: (name: string) => dims.surfaces.find((s) => s.name === name)!.id,
  };
}

export interface SeriesSpec {
  policyId: string;
  marketId: string;
  surfaceId: string;
  from: string;
  days: number;
  /** From this day on, the overturn rate is multiplied by (1 + overturnShift). */
  launch?: string;
  overturnShift?: number;
  seed: number;
}

/** Daily rows with binomial counts around fixed rates (overturn rate 20%), optionally shifted at launch. */
export function seriesRows(spec: SeriesSpec): MetricDailyTable[] {
  const random = mulberry32(deriveSeed(spec.seed, `${spec.marketId}|${spec.surfaceId}`));
  return Array.from({ length: spec.days }, (_, i) => {
    const day = addDays(spec.from, i);
    const after = spec.launch !== undefined && day >= spec.launch;
    const actioned = 4000;
    const appeals = binomialDeviate(random, actioned, 0.25);
    const overturn = 0.2 * (after ? 1 + (spec.overturnShift ?? 0) : 1);
    const views = 1_000_000;
    const qaSampled = 400;
    return {
      policy_id: spec.policyId,
      day,
      market_id: spec.marketId,
      surface_id: spec.surfaceId,
      detection: 'human',
      version_id: null,
      actioned,
      user_reports: 100,
      views,
      violating_views: binomialDeviate(random, views, 0.002),
      qa_sampled: qaSampled,
      qa_correct: binomialDeviate(random, qaSampled, 0.9),
      appeals,
      appeals_overturned: binomialDeviate(random, appeals, overturn),
      proactive: binomialDeviate(random, actioned, 0.6),
      median_hours_to_action: 5 + random(),
      p90_hours_to_action: 20 + random(),
      import_id: null,
      updated_at: '2026-01-01T00:00:00.000Z',
    };
  });
}
