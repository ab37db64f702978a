import {
  RoadmapBaselineCreateSchema,
  RoadmapBaselineListSchema,
  RoadmapBaselineParamsSchema,
  RoadmapBaselineSchema,
  RoadmapBaselineYearParamsSchema,
  RoadmapCompareQuerySchema,
  RoadmapComparisonSchema,
} from '@policyops/contracts';
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../http/authenticate.js';
import type { JobQueue } from '../../platform/jobs/index.js';
import type { RoadmapBaselinesService } from './baselines.service.js';

const tags = ['Roadmap'];

export const roadmapBaselinesRoutes: FastifyPluginAsyncZod<{ baselines: RoadmapBaselinesService }> = async (
  app,
  { baselines },
) => {
  app.post(
    '/api/roadmap/years/:key/baselines',
    {
      config: { access: 'roadmap.manage' },
      schema: {
        operationId: 'createRoadmapBaseline',
        tags,
        summary: "Save a named, immutable baseline of a fiscal year's roadmap",
        params: RoadmapBaselineYearParamsSchema,
        body: RoadmapBaselineCreateSchema,
        response: { 201: RoadmapBaselineSchema },
      },
    },
    async (request, reply) => {
      const created = await baselines.create(requireActor(request), request.params.key, request.body);
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/roadmap/years/:key/baselines',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'listRoadmapBaselines',
        tags,
        summary: "A fiscal year's baselines, manual and automatic, newest first",
        params: RoadmapBaselineYearParamsSchema,
        response: { 200: RoadmapBaselineListSchema },
      },
    },
    async (request) => baselines.list(requireActor(request), request.params.key),
  );

  app.get(
    '/api/roadmap/years/:key/baselines/:id',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'getRoadmapBaseline',
        tags,
        summary: "A baseline's name, kind, author and counts (its snapshot is read through the comparison)",
        params: RoadmapBaselineParamsSchema,
        response: { 200: RoadmapBaselineSchema },
      },
    },
    async (request) => baselines.get(requireActor(request), request.params.key, request.params.id),
  );

  app.delete(
    '/api/roadmap/years/:key/baselines/:id',
    {
      config: { access: 'roadmap.manage' },
      schema: {
        operationId: 'deleteRoadmapBaseline',
        tags,
        summary:
          'Delete a manual baseline (program managers and admins; baselines are never edited, automatic ones never deleted)',
        params: RoadmapBaselineParamsSchema,
      },
    },
    async (request, reply) => {
      await baselines.delete(requireActor(request), request.params.key, request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    '/api/roadmap/years/:key/compare',
    {
      config: { access: 'roadmap.read' },
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        operationId: 'compareRoadmapWithBaseline',
        tags,
        summary:
          'What moved since a baseline, or since a day (compared with the latest baseline taken on or before it)',
        params: RoadmapBaselineYearParamsSchema,
        querystring: RoadmapCompareQuerySchema,
        response: { 200: RoadmapComparisonSchema },
      },
    },
    async (request) => baselines.compare(requireActor(request), request.params.key, request.query),
  );
};

const AutomaticBaselinePayloadSchema = z.object({});

/**
 * Makes the automatic start-of-quarter baseline: an hourly job (a cheap indexed check until the
 * quarter turns), and once at start when the last hour's tick has not run. The schedule fires once
 * a tick across app servers; the unique (year, kind, period) index still lets only one insert win.
 * A failure is retried by the queue and shown on the admin jobs page.
 */
export function scheduleAutomaticBaselines(
  jobs: JobQueue,
  baselines: RoadmapBaselinesService,
  log: FastifyBaseLogger,
): void {
  jobs.define(
    'roadmap.automatic-baseline',
    { schema: AutomaticBaselinePayloadSchema, retry: { limit: 2, delaySeconds: 300 } },
    async () => {
      const id = await baselines.ensureQuarterBaseline();
      if (id) log.info({ baselineId: id }, 'automatic roadmap baseline saved');
    },
  );
  jobs.schedule('roadmap.automatic-baseline', '0 * * * *');
}
