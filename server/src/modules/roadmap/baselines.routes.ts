import {
  RoadmapBaselineCreateSchema,
  RoadmapBaselineListSchema,
  RoadmapBaselineParamsSchema,
  RoadmapBaselineSchema,
  RoadmapBaselineYearParamsSchema,
  RoadmapCompareQuerySchema,
  RoadmapComparisonSchema,
} from '@policyops/contracts';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
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
        summary: 'Delete a baseline (program managers and admins; baselines are never edited)',
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

const HOUR_MS = 3_600_000;

/**
 * Makes the automatic start-of-quarter baseline: once when the app is ready, then every hour (a
 * cheap indexed check until the quarter turns). Several app servers may run it: the unique
 * (year, kind, period) index lets only one insert win. Failures are logged and retried next hour.
 */
export function startAutomaticBaselines(app: FastifyInstance, baselines: RoadmapBaselinesService): void {
  let timer: NodeJS.Timeout | null = null;
  const tick = () =>
    baselines.ensureQuarterBaseline().then(
      (id) => id && app.log.info({ baselineId: id }, 'automatic roadmap baseline saved'),
      (error: unknown) => app.log.warn({ err: error }, 'automatic roadmap baseline failed; retrying in an hour'),
    );
  app.addHook('onReady', async () => {
    void tick();
    timer = setInterval(() => void tick(), HOUR_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
}
