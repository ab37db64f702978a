import type { MetricDailyTable } from '../../../db/metrics-schema.js';
import type { DbScope } from '../../../db/scope.js';
import type { AuditCause } from '../../audit/audit.service.js';
import { addDays } from '../../../platform/clock.js';
import { SAMPLE_POLICIES } from '../../policies/sample-policies.data.js';
import type { SampleSection } from '../../workspace/sample-section.js';
import { refreshRollups } from '../dashboards/metric-rollups.js';
// eslint-disable-next-line no-restricted-imports -- one module (metrics): the sample writes through ingest's one writer
import { upsertMetricRows } from '../ingest/metric-rows.repository.js';
import type { MetricsDeps, MetricsServices } from '../metrics.module.js';
import { PLANTED_EFFECTS } from './planted-effects.js';
import { SAMPLE_METRICS_SEED, generateMarketSeries, type MarketEffect } from './sample-metric-generator.js';
import { CORE_SURFACES, SAMPLE_MARKETS } from './sample-metric-profiles.js';

/** Two years of days, up to yesterday: long enough for a year-on-year view and every 28-day window. */
export const SAMPLE_METRIC_DAYS = 730;

export type SampleMetricsMode = 'full' | 'off';

/**
 * The sample's policy metrics: two years of daily rows per policy x country x surface x detection
 * method, with the effects of PLANTED_EFFECTS at version launches, then the dashboards' rollups.
 * Adds the countries it reports that the workspace lacks (five beyond the starting five). With mode
 * 'off' (SAMPLE_METRICS=off, the tests' default) it writes nothing.
 */
export function metricsSample(deps: MetricsDeps, services: MetricsServices, mode: SampleMetricsMode): SampleSection {
  return {
    name: 'Policy metrics',
    async load({ trx, cause }): Promise<Record<string, number>> {
      if (mode === 'off') return { metricRows: 0 };
      const addedMarkets = await addSampleMarkets(deps, trx, cause);
      const markets = await sampleMarketIds(deps, trx);
      const policies = await samplePolicies(deps, trx);
      const policyIds = policies.map((p) => p.id);
      const timeline = await services.timeline(trx, policyIds);
      const today = deps.clock.today();
      const start = addDays(today, -SAMPLE_METRIC_DAYS);
      const updatedAt = deps.clock.now().toISOString();
      let metricRows = 0;
      // One policy at a time: about 90k rows in memory, never the whole 800k.
      for (const policy of policies) {
        const surfacesIn = await surfacesByMarket(deps, trx, policy.id);
        const series = markets.map((market) => {
          const surfaces = surfacesIn(market.id);
          const launches = timeline.launchesIn(policy.id, market.id);
          const effects: MarketEffect[] = PLANTED_EFFECTS.filter((e) => e.policy === policy.slug).flatMap((e) => {
            const launch = launches.find((l) => l.label === e.version);
            return launch ? [{ metric: e.metric, change: e.change, from: launch.effectiveDate }] : [];
          });
          return generateMarketSeries({
            seed: SAMPLE_METRICS_SEED,
            policy,
            market,
            surfaces,
            start,
            days: SAMPLE_METRIC_DAYS,
            versionOn: (day) => timeline.versionOn(policy.id, market.id, day),
            effects,
            updatedAt,
          });
        });
        metricRows += (await upsertMetricRows(trx, deps.dialect, inKeyOrder(series))).inserted;
      }
      await refreshRollups(trx, deps.dialect, { policyIds, from: start, to: addDays(today, -1) });
      return { metricRows, markets: addedMarkets };
    },
  };
}

/** Creates the sample's countries the workspace does not have yet, under their regions. */
async function addSampleMarkets(deps: MetricsDeps, trx: DbScope, cause: AuditCause): Promise<number> {
  const { markets } = await deps.dimensions.listInTransaction(trx);
  const byCode = new Map(markets.map((m) => [m.code, m]));
  let added = 0;
  for (const market of SAMPLE_MARKETS) {
    if (byCode.has(market.code)) continue;
    const region = byCode.get(market.region);
    await deps.dimensions.createMarketInTransaction(trx, cause, {
      code: market.code,
      name: market.name,
      kind: 'country',
      parentId: region?.id ?? null,
    });
    added += 1;
  }
  return added;
}

async function sampleMarketIds(deps: MetricsDeps, trx: DbScope) {
  const { markets } = await deps.dimensions.listInTransaction(trx);
  const idOf = new Map(markets.map((m) => [m.code, m.id]));
  return SAMPLE_MARKETS.map((m) => ({ id: idOf.get(m.code)!, code: m.code, scale: m.scale })).sort(byId);
}

async function samplePolicies(deps: MetricsDeps, trx: DbScope) {
  const found = await Promise.all(SAMPLE_POLICIES.map((spec) => deps.policies.findBySlugInTransaction(trx, spec.slug)));
  return found.flatMap((p) => (p ? [{ id: p.id, slug: p.slug }] : [])).sort(byId);
}

/**
 * The surfaces where the policy applies (or applies differently) per market, by the grid's
 * inheritance; a policy nobody has scoped yet is enforced on the core surfaces everywhere.
 */
async function surfacesByMarket(deps: MetricsDeps, trx: DbScope, policyId: string) {
  const [resolved, { surfaces }] = await Promise.all([
    deps.applicability.resolvedInTransaction(trx, policyId),
    deps.dimensions.listInTransaction(trx),
  ]);
  const nameOf = new Map(surfaces.map((s) => [s.id, s.name]));
  if (resolved.every((cell) => cell.state === null)) {
    const core = surfaces
      .filter((s) => CORE_SURFACES.includes(s.name))
      .map((s) => ({ id: s.id, name: s.name }))
      .sort(byId);
    return () => core;
  }
  return (marketId: string) =>
    resolved
      .filter((c) => c.marketId === marketId && (c.state === 'applies' || c.state === 'differs'))
      .map((c) => ({ id: c.surfaceId, name: nameOf.get(c.surfaceId) ?? '' }))
      .sort(byId);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * One policy's rows in primary-key order (day, market, surface, detection), merged from its markets'
 * series (each day-major, surfaces by id): the B-tree then only appends, about twice as fast on SQLite
 * as writing market after market.
 */
function inKeyOrder(series: MetricDailyTable[][]): MetricDailyTable[] {
  const rows: MetricDailyTable[] = [];
  const perDay = series.map((s) => s.length / SAMPLE_METRIC_DAYS);
  for (let day = 0; day < SAMPLE_METRIC_DAYS; day++)
    series.forEach((s, m) => {
      for (let i = day * perDay[m]!; i < (day + 1) * perDay[m]!; i++) rows.push(s[i]!);
    });
  return rows;
}
