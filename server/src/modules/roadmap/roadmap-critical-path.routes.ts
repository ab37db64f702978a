import {
  CriticalPathParamsSchema,
  CriticalPathQuerySchema,
  CriticalPathSchema,
  WhatIfRequestSchema,
  WhatIfSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { RoadmapCriticalPathService } from './roadmap-critical-path.service.js';

const tags = ['Roadmap'];

export const roadmapCriticalPathRoutes: FastifyPluginAsyncZod<{ criticalPath: RoadmapCriticalPathService }> = async (
  app,
  { criticalPath },
) => {
  app.get(
    '/api/roadmap/years/:year/critical-path',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'getRoadmapCriticalPath',
        tags,
        summary:
          "The year's critical path to its latest finish, a node or a date, with float and late fixed milestones",
        params: CriticalPathParamsSchema,
        querystring: CriticalPathQuerySchema,
        response: { 200: CriticalPathSchema },
      },
    },
    async (request) => criticalPath.criticalPath(requireActor(request), request.params.year, request.query.end),
  );

  app.post(
    '/api/roadmap/years/:year/what-if',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'evaluateRoadmapWhatIf',
        tags,
        summary: 'What moving or dropping initiatives and milestones would break, before anything is saved',
        params: CriticalPathParamsSchema,
        body: WhatIfRequestSchema,
        response: { 200: WhatIfSchema },
      },
    },
    async (request) => criticalPath.whatIf(requireActor(request), request.params.year, request.body.changes),
  );
};
