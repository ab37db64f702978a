import {
  ImpactAnalysisCreateSchema,
  ImpactAnalysisIdParamsSchema,
  ImpactAnalysisListSchema,
  ImpactAnalysisSchema,
  ImpactQuerySchema,
  ImpactReportSchema,
  NoContentSchema,
  PolicyLaunchesParamsSchema,
  PolicyLaunchListSchema,
  VersionImpactParamsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../../http/authenticate.js';
import type { ImpactAnalysisService } from './impact-analysis.service.js';
import type { ImpactStoreService } from './impact-store.service.js';

const tags = ['Metrics'];

export interface ImpactRouteServices {
  analysis: ImpactAnalysisService;
  store: ImpactStoreService;
}

/** Impact analysis of version launches: live, stored, re-run. */
export const impactRoutes: FastifyPluginAsyncZod<ImpactRouteServices> = async (app, { analysis, store }) => {
  const read = { access: 'metrics.read' } as const;
  const analyse = { access: 'metrics.analyse' } as const;

  app.get(
    '/api/metrics/policies/:policyId/launches',
    {
      config: read,
      schema: {
        operationId: 'listPolicyLaunches',
        tags,
        summary: 'Published versions of a policy with their per-market dates, data coverage and stored analyses',
        params: PolicyLaunchesParamsSchema,
        response: { 200: PolicyLaunchListSchema },
      },
    },
    async (request) => analysis.listLaunches(requireActor(request), request.params.policyId),
  );

  app.get(
    '/api/metrics/policies/:policyId/versions/:versionId/impact',
    {
      config: read,
      schema: {
        operationId: 'getVersionImpact',
        tags,
        summary:
          'Impact analysis of a version launch, computed now: difference-in-differences against a control, or an interrupted time series (observational)',
        params: VersionImpactParamsSchema,
        querystring: ImpactQuerySchema,
        response: { 200: ImpactReportSchema },
      },
    },
    async (request) =>
      (await analysis.analyse(requireActor(request), request.params.policyId, request.params.versionId, request.query))
        .report,
  );

  app.get(
    '/api/metrics/policies/:policyId/versions/:versionId/impact-analyses',
    {
      config: read,
      schema: {
        operationId: 'listImpactAnalyses',
        tags,
        summary: 'Stored impact analyses of a version, newest first',
        params: VersionImpactParamsSchema,
        response: { 200: ImpactAnalysisListSchema },
      },
    },
    async (request) => store.list(requireActor(request), request.params.policyId, request.params.versionId),
  );

  app.post(
    '/api/metrics/policies/:policyId/versions/:versionId/impact-analyses',
    {
      config: analyse,
      schema: {
        operationId: 'createImpactAnalysis',
        tags,
        summary: 'Compute and store an impact analysis with its inputs, options and method version',
        params: VersionImpactParamsSchema,
        body: ImpactAnalysisCreateSchema,
        response: { 201: ImpactAnalysisSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await store.create(requireActor(request), request.params.policyId, request.params.versionId, request.body),
        ),
  );

  app.get(
    '/api/metrics/impact-analyses/:analysisId',
    {
      config: read,
      schema: {
        operationId: 'getImpactAnalysis',
        tags,
        summary: 'A stored impact analysis as saved, with a check that its stored input still reproduces it',
        params: ImpactAnalysisIdParamsSchema,
        response: { 200: ImpactAnalysisSchema },
      },
    },
    async (request) => store.get(requireActor(request), request.params.analysisId),
  );

  app.delete(
    '/api/metrics/impact-analyses/:analysisId',
    {
      config: analyse,
      schema: {
        operationId: 'deleteImpactAnalysis',
        tags,
        summary: 'Delete a stored impact analysis',
        params: ImpactAnalysisIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await store.delete(requireActor(request), request.params.analysisId);
      return reply.code(204).send(null);
    },
  );
};
