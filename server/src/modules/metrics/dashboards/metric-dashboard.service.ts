import {
  DETECTION_METHOD_LABELS,
  METRIC_KEYS,
  MetricKeySchema,
  type DetectionMethod,
  type Market,
  type MetricBreakdown,
  type MetricBreakdownQuery,
  type MetricFilterQuery,
  type MetricHeatMap,
  type MetricKey,
  type MetricLaunch,
  type MetricSeries,
  type MetricSeriesQuery,
  type MetricSummary,
} from '@policyops/contracts';
import type { DbScope } from '../../../db/scope.js';
import { authorize, type Actor } from '../../../http/actor.js';
import { fieldError } from '../../../http/app-error.js';
import type { Clock } from '../../../platform/clock.js';
import type { ApplicabilityDimensionsService } from '../../applicability/dimensions.service.js';
import type { PoliciesService } from '../../policies/policies.service.js';
import { viewerOf } from '../../policies/policy-access.js';
import type { PolicyVersionsService } from '../../policies/policy-versions.service.js';
import type { VersionTimeline } from '../version-timeline.js';
import { compare, emptySums, figureOf } from './metric-figures.js';
import { coverage, sumPolicyWindows, visiblePolicies, type MetricFilter } from './metric-dashboard.repository.js';
import { addDays, dayCount } from './metric-periods.js';
import { sumRange, sumSeries } from './metric-range.js';

export interface MetricDashboardDeps {
  db: DbScope;
  clock: Clock;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  dimensions: ApplicabilityDimensionsService;
  timeline(db: DbScope, policyIds: string[]): Promise<VersionTimeline>;
}

const DEFAULT_DAYS = 180;
const HEAT_WINDOW = 28;
const HEAT_DEFAULT: MetricKey[] = [
  'accuracy',
  'appeal_rate',
  'overturn_rate',
  'prevalence',
  'proactive_rate',
  'median_hours_to_action',
];
const DIMENSION = {
  market: 'market_id',
  surface: 'surface_id',
  detection: 'detection',
  version: 'version_id',
} as const;

const policyRef = (p: { id: string; slug: string; title: string; restricted: number | boolean }) => ({
  id: p.id,
  slug: p.slug,
  title: p.title,
  restricted: Boolean(p.restricted),
});

/** The metric dashboards: a policy's series with launches, breakdowns, summary, and the library heat map. */
export class MetricDashboardService {
  constructor(private readonly deps: MetricDashboardDeps) {}

  async series(actor: Actor, policyId: string, query: MetricSeriesQuery): Promise<MetricSeries> {
    const { policy, filter, from, to, markets } = await this.open(actor, policyId, query);
    const sums = await sumSeries(this.deps.db, filter, from, to, query.grain);
    const points = [...sums.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, s]) => ({ period, ...figureOf(query.metric, s) }));
    const timeline = await this.deps.timeline(this.deps.db, [policy.id]);
    const included = filter.marketIds ? markets.filter((m) => filter.marketIds!.includes(m.id)) : markets;
    const grouped = new Map<string, MetricLaunch>();
    for (const market of included)
      for (const launch of timeline.launchesIn(policy.id, market.id)) {
        if (launch.effectiveDate < from || launch.effectiveDate > to) continue;
        const key = `${launch.effectiveDate}|${launch.versionId}`;
        const marker = grouped.get(key) ?? {
          versionId: launch.versionId,
          label: launch.label,
          effectiveDate: launch.effectiveDate,
          markets: [],
        };
        marker.markets.push(market.code);
        grouped.set(key, marker);
      }
    const launches = [...grouped.values()].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));
    return { policy: policyRef(policy), metric: query.metric, grain: query.grain, from, to, points, launches };
  }

  async breakdown(actor: Actor, policyId: string, query: MetricBreakdownQuery): Promise<MetricBreakdown> {
    const { policy, filter, from, to, previous, markets, surfaces } = await this.open(actor, policyId, query);
    const key = DIMENSION[query.by];
    const [current, before] = await Promise.all([
      sumRange(this.deps.db, filter, from, to, key),
      sumRange(this.deps.db, filter, previous.from, previous.to, key),
    ]);
    const labels = await this.labels(query.by, policy.id, markets, surfaces);
    const rows = [...current.entries()]
      .map(([k, sums]) => ({
        key: k,
        label: labels.get(k) ?? (k === '' ? 'Before the first version' : k),
        ...compare(query.metric, sums, before.get(k) ?? emptySums()),
      }))
      .sort((a, b) => (b.current.denominator ?? 0) - (a.current.denominator ?? 0) || a.label.localeCompare(b.label));
    const rowsKey =
      query.by === 'market' ? (k: string) => markets.find((m) => m.id === k)?.code ?? k : (k: string) => k;
    return {
      policy: policyRef(policy),
      metric: query.metric,
      by: query.by,
      period: { from, to },
      previousPeriod: previous,
      rows: rows.map((r) => ({ ...r, key: rowsKey(r.key) })),
    };
  }

  async summary(actor: Actor, policyId: string, query: MetricFilterQuery): Promise<MetricSummary> {
    const { policy, filter, from, to, previous, cover } = await this.open(actor, policyId, query);
    const [current, before] = await Promise.all([
      sumRange(this.deps.db, filter, from, to, null),
      sumRange(this.deps.db, filter, previous.from, previous.to, null),
    ]);
    const a = current.get('') ?? emptySums();
    const b = before.get('') ?? emptySums();
    return {
      policy: policyRef(policy),
      period: { from, to },
      previousPeriod: previous,
      figures: METRIC_KEYS.map((metric) => ({ metric, ...compare(metric, a, b) })),
      coverage: { firstDay: cover?.firstDay ?? null, lastDay: cover?.lastDay ?? null },
    };
  }

  async heatMap(actor: Actor, query: { metrics?: string | undefined }): Promise<MetricHeatMap> {
    authorize(actor, 'metrics.read');
    const metrics = this.heatMetrics(query.metrics);
    const { db } = this.deps;
    const policies = await visiblePolicies(db, viewerOf(actor));
    const covered = await coverage(
      db,
      policies.map((p) => p.id),
    );
    const withData = policies.filter((p) => covered.has(p.id));
    const [timeline, { markets }] = await Promise.all([
      this.deps.timeline(
        db,
        withData.map((p) => p.id),
      ),
      this.deps.dimensions.listInTransaction(db),
    ]);
    const global = markets.find((m) => m.parentId === null && m.code === 'GLOBAL') ?? markets.find((m) => !m.parentId);
    const planned = withData.map((p) => {
      const { firstDay, lastDay } = covered.get(p.id)!;
      const launches = global ? timeline.launchesIn(p.id, global.id) : [];
      const launch = launches.filter((l) => l.effectiveDate > firstDay && l.effectiveDate <= lastDay).at(-1) ?? null;
      if (!launch) return { p, launch: null, before: null, after: null };
      const before = { from: addDays(launch.effectiveDate, -HEAT_WINDOW), to: addDays(launch.effectiveDate, -1) };
      const afterTo = addDays(launch.effectiveDate, HEAT_WINDOW - 1);
      const after = { from: launch.effectiveDate, to: afterTo < lastDay ? afterTo : lastDay };
      return { p, launch, before, after };
    });
    // Whole-policy day rollups: ~56 rows per policy, however many markets and surfaces report, and
    // every policy's two windows in one statement rather than two round trips per policy.
    const sums = await sumPolicyWindows(
      db,
      planned.flatMap(({ p, before, after }) =>
        before && after
          ? [
              { key: `${p.id}|after`, policyId: p.id, ...after },
              { key: `${p.id}|before`, policyId: p.id, ...before },
            ]
          : [],
      ),
    );
    const rows = planned.map(({ p, launch, before, after }) => {
      if (!launch) return { policy: policyRef(p), launch: null, before: null, after: null, cells: [] };
      const sa = sums.get(`${p.id}|after`) ?? emptySums();
      const sb = sums.get(`${p.id}|before`) ?? emptySums();
      return {
        policy: policyRef(p),
        launch: { versionId: launch.versionId, label: launch.label, effectiveDate: launch.effectiveDate },
        before,
        after,
        cells: metrics.map((metric) => ({ metric, ...compare(metric, sa, sb) })),
      };
    });
    return { metrics, rows };
  }

  private heatMetrics(list: string | undefined): MetricKey[] {
    if (!list?.trim()) return HEAT_DEFAULT;
    const keys = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = keys.filter((k) => !MetricKeySchema.safeParse(k).success);
    if (unknown.length)
      throw fieldError('querystring.metrics', `Unknown figure ${unknown.join(', ')}; use ${METRIC_KEYS.join(', ')}`);
    return [...new Set(keys)] as MetricKey[];
  }

  private async labels(
    by: keyof typeof DIMENSION,
    policyId: string,
    markets: Market[],
    surfaces: { id: string; name: string }[],
  ) {
    if (by === 'market') return new Map(markets.map((m) => [m.id, m.name]));
    if (by === 'surface') return new Map(surfaces.map((s) => [s.id, s.name]));
    if (by === 'detection') return new Map(Object.entries(DETECTION_METHOD_LABELS) as [DetectionMethod, string][]);
    const { versions } = await this.deps.policyVersions.publishedWithMarketDates(this.deps.db, [policyId]);
    return new Map(versions.map((v) => [v.id, v.label]));
  }

  /** The visible policy, the validated filter, and the period and the one before it. */
  private async open(actor: Actor, policyId: string, query: MetricFilterQuery) {
    authorize(actor, 'metrics.read');
    const { db } = this.deps;
    const policy = await this.deps.policies.findVisible(actor, policyId);
    const { markets, surfaces } = await this.deps.dimensions.listInTransaction(db);
    let marketIds: string[] | null = null;
    if (query.market) {
      const code = query.market.toUpperCase();
      const market = markets.find((m) => m.code.toUpperCase() === code);
      if (!market) throw fieldError('querystring.market', `Unknown market ${query.market}`);
      if (market.parentId !== null || market.code !== 'GLOBAL')
        marketIds = markets.filter((m) => m.id === market.id || m.inheritsFrom.includes(market.id)).map((m) => m.id);
      if (marketIds && marketIds.length === markets.length) marketIds = null;
    }
    if (query.surface && !surfaces.some((s) => s.id === query.surface))
      throw fieldError('querystring.surface', `Unknown surface ${query.surface}`);
    if (query.from && query.to && query.from > query.to)
      throw fieldError('querystring.from', 'The first day must not be after the last day');
    const cover = (await coverage(db, [policy.id])).get(policy.id) ?? null;
    const to =
      query.to ??
      (query.from && cover && cover.lastDay < query.from ? query.from : (cover?.lastDay ?? this.deps.clock.today()));
    const from = query.from ?? addDays(to, -DEFAULT_DAYS);
    const length = dayCount(from, to);
    const previous = { from: addDays(from, -length), to: addDays(from, -1) };
    const filter: MetricFilter = {
      policyIds: [policy.id],
      marketIds,
      surfaceId: query.surface ?? null,
      detection: query.detection ?? null,
    };
    return { policy, filter, from, to, previous, markets, surfaces, cover };
  }
}
