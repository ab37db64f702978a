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
}

export function createMetricsServices(deps: MetricsDeps): MetricsServices {
  const timeline = (db: DbScope, policyIds: string[]) =>
    VersionTimeline.load(db, { versions: deps.policyVersions, dimensions: deps.dimensions }, policyIds);
  return { timeline };
}

/** Every metrics route. */
export const metricsRoutes: FastifyPluginAsyncZod<MetricsServices> = async () => {};

/** The sample workspace's metrics: two years of daily figures with effects planted at version launches. */
export function metricsSamples(_deps: MetricsDeps, _services: MetricsServices): SampleSection[] {
  return [];
}
