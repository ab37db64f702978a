import {
  CapacityWhatIfRequestSchema,
  CapacityWhatIfSchema,
  RoadmapCapacitySchema,
  RoadmapYearParamsSchema,
  TeamCapacitySchema,
  TeamCapacityUpdateSchema,
  TeamIdParamsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { CapacityService } from './capacity.service.js';

const tags = ['Roadmap'];

export const capacityRoutes: FastifyPluginAsyncZod<{ capacity: CapacityService }> = async (app, { capacity }) => {
  app.get(
    '/api/roadmap/years/:year/capacity',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'getRoadmapCapacity',
        tags,
        summary: "A fiscal year's effort per team and quarter against capacity, and the initiatives ranked by priority",
        params: RoadmapYearParamsSchema,
        response: { 200: RoadmapCapacitySchema },
      },
    },
    async (request) => capacity.view(requireActor(request), request.params.year),
  );

  app.post(
    '/api/roadmap/years/:year/capacity/what-if',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'capacityWhatIf',
        tags,
        summary: 'What moving or dropping initiatives would do to capacity, the critical path and fixed milestones',
        description: 'Read-only: nothing is saved. Apply a move through the initiative update.',
        params: RoadmapYearParamsSchema,
        body: CapacityWhatIfRequestSchema,
        response: { 200: CapacityWhatIfSchema },
      },
    },
    async (request) => capacity.whatIf(requireActor(request), request.params.year, request.body),
  );

  app.put(
    '/api/roadmap/teams/:teamId/capacity',
    {
      config: { access: 'roadmap.manage' },
      schema: {
        operationId: 'updateTeamCapacity',
        tags,
        summary: "State a team's capacity: people and focus, with per-quarter overrides (program managers, admins)",
        params: TeamIdParamsSchema,
        body: TeamCapacityUpdateSchema,
        response: { 200: TeamCapacitySchema },
      },
    },
    async (request) => capacity.update(requireActor(request), request.params.teamId, request.body),
  );
};
