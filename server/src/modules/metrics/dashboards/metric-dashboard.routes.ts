import {
  MetricBreakdownQuerySchema,
  MetricBreakdownSchema,
  MetricFilterQuerySchema,
  MetricHeatMapQuerySchema,
  MetricHeatMapSchema,
  MetricSeriesQuerySchema,
  MetricSeriesSchema,
  MetricSummarySchema,
  PolicyMetricsParamsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../http/authenticate.js';
import type { MetricDashboardService } from './metric-dashboard.service.js';

const tags = ['Metrics'];

/** The metric dashboards: read-only, for whoever may see the policy. */
export const metricDashboardRoutes: FastifyPluginAsyncZod<{ dashboards: MetricDashboardService }> = async (
  app,
  { dashboards },
) => {
  const config = { access: 'metrics.read' } as const;

  app.get(
    '/api/metrics/policies/:policyId/series',
    {
      config,
      schema: {
        operationId: 'getPolicyMetricSeries',
        tags,
        summary: 'A figure of a policy per day, week or month, with its version launches per market',
        params: PolicyMetricsParamsSchema,
        querystring: MetricSeriesQuerySchema,
        response: { 200: MetricSeriesSchema },
      },
    },
    async (request) => dashboards.series(requireActor(request), request.params.policyId, request.query),
  );

  app.get(
    '/api/metrics/policies/:policyId/breakdown',
    {
      config,
      schema: {
        operationId: 'getPolicyMetricBreakdown',
        tags,
        summary: 'A figure of a policy by market, surface, detection method or version, against the previous period',
        params: PolicyMetricsParamsSchema,
        querystring: MetricBreakdownQuerySchema,
        response: { 200: MetricBreakdownSchema },
      },
    },
    async (request) => dashboards.breakdown(requireActor(request), request.params.policyId, request.query),
  );

  app.get(
    '/api/metrics/policies/:policyId/summary',
    {
      config,
      schema: {
        operationId: 'getPolicyMetricSummary',
        tags,
        summary: 'Every figure of a policy for a period against the previous period of the same length',
        params: PolicyMetricsParamsSchema,
        querystring: MetricFilterQuerySchema,
        response: { 200: MetricSummarySchema },
      },
    },
    async (request) => dashboards.summary(requireActor(request), request.params.policyId, request.query),
  );

  app.get(
    '/api/metrics/heat-map',
    {
      config,
      schema: {
        operationId: 'getMetricHeatMap',
        tags,
        summary: 'Every visible policy with data: change of each figure around its latest launch',
        querystring: MetricHeatMapQuerySchema,
        response: { 200: MetricHeatMapSchema },
      },
    },
    async (request) => dashboards.heatMap(requireActor(request), request.query),
  );
};
