import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { DialectName } from '../../db/database.js';
import type { DbScope } from '../../db/scope.js';
import type { Clock } from '../../platform/clock.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { ApplicabilityDimensionsService } from '../applicability/dimensions.service.js';
import type { PolicyApplicabilityService } from '../applicability/policy-applicability.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { PoliciesService } from '../policies/policies.service.js';
import type { PolicyVersionsService } from '../policies/policy-versions.service.js';
import type { SampleSection } from '../workspace/sample-section.js';
import { metricDashboardRoutes } from './dashboards/metric-dashboard.routes.js';
import { MetricDashboardService } from './dashboards/metric-dashboard.service.js';
import { ImpactAnalysisService } from './impact/impact-analysis.service.js';
import { ImpactStoreService } from './impact/impact-store.service.js';
import { impactRoutes } from './impact/impact.routes.js';
import { MetricIngestService } from './ingest/metric-ingest.service.js';
import { metricIngestRoutes } from './ingest/metric-ingest.routes.js';
import { metricsSample, type SampleMetricsMode } from './sample/metrics.sample.js';
import { VersionTimeline } from './version-timeline.js';

/** What the metrics module reads and writes through: the library for versions and where policies apply. */
export interface MetricsDeps {
  db: DbScope;
  dialect: DialectName;
  audit: AuditService;
  clock: Clock;
  jobs: JobQueue;
  policies: PoliciesService;
  policyVersions: PolicyVersionsService;
  dimensions: ApplicabilityDimensionsService;
  applicability: PolicyApplicabilityService;
}

/**
 * Policy metrics: ingest (files and the pipeline API), dashboards over daily aggregates and their
 * rollups, and stored impact analyses of version launches. Each part is built here, once.
 */
export interface MetricsServices {
  /** Which version was in force per policy, market and day (the library's rule, for many rows at once). */
  timeline(db: DbScope, policyIds: string[]): Promise<VersionTimeline>;
  /** Impact analysis of version launches: computed live, and stored snapshots. */
  impact: { analysis: ImpactAnalysisService; store: ImpactStoreService };
  /** Metric files in (upload and the ingest API) and the import history. */
  ingest: MetricIngestService;
  /** Series with launch markers, breakdowns, summaries and the heat map, over daily rows and rollups. */
  dashboards: MetricDashboardService;
}

export function createMetricsServices(deps: MetricsDeps): MetricsServices {
  const timeline = (db: DbScope, policyIds: string[]) =>
    VersionTimeline.load(db, { versions: deps.policyVersions, dimensions: deps.dimensions }, policyIds);
  const analysis = new ImpactAnalysisService({ ...deps, timeline });
  const impact = { analysis, store: new ImpactStoreService({ ...deps, analysis }) };
  const ingest = new MetricIngestService({ ...deps, timeline });
  ingest.defineJob();
  deps.policyVersions.onPublishedDatesChanged((trx, policyId) => ingest.reResolveVersions(trx, policyId));
  const dashboards = new MetricDashboardService({ ...deps, timeline });
  return { timeline, impact, ingest, dashboards };
}

/** Every metrics route. */
export const metricsRoutes: FastifyPluginAsyncZod<MetricsServices> = async (app, services) => {
  await app.register(impactRoutes, services.impact);
  await app.register(metricIngestRoutes, { ingest: services.ingest });
  await app.register(metricDashboardRoutes, { dashboards: services.dashboards });
  // Before the job queue starts: an import a stopped server left unfinished wrote nothing; say so.
  // A database that is down at start must not stop the server starting (it answers 503 until it is back).
  app.addHook('onReady', async () => {
    await services.ingest.failInterrupted().catch((error: unknown) => {
      app.log.warn({ err: error }, 'could not mark interrupted metric imports failed');
    });
  });
};

/** The sample workspace's metrics: two years of daily figures with effects planted at version launches. */
export function metricsSamples(
  deps: MetricsDeps,
  services: MetricsServices,
  mode: SampleMetricsMode = 'full',
): SampleSection[] {
  return [metricsSample(deps, services, mode)];
}
