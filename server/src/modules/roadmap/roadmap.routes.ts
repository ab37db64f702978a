import {
  PlanningSettingsSchema,
  PlanningSettingsUpdateSchema,
  RoadmapYearParamsSchema,
  RoadmapYearWireSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PlanningSettingsService } from './planning-settings.service.js';
import type { RoadmapYearService } from './roadmap-year.service.js';

const tags = ['Roadmap'];

export const roadmapRoutes: FastifyPluginAsyncZod<{
  settings: PlanningSettingsService;
  years: RoadmapYearService;
}> = async (app, { settings, years }) => {
  app.get(
    '/api/roadmap/settings',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'getPlanningSettings',
        tags,
        summary: 'Planning settings: the fiscal-year start month, and the current fiscal year and quarter',
        response: { 200: PlanningSettingsSchema },
      },
    },
    async (request) => settings.get(requireActor(request)),
  );

  app.put(
    '/api/roadmap/settings',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'updatePlanningSettings',
        tags,
        summary: 'Change the fiscal-year start month (admins); initiatives keep their dates',
        body: PlanningSettingsUpdateSchema,
        response: { 200: PlanningSettingsSchema },
      },
    },
    async (request) => settings.update(requireActor(request), request.body),
  );

  app.get(
    '/api/roadmap/years/:year',
    {
      config: { access: 'roadmap.read' },
      // The service builds every column of this reply by name (no row is spread into it), so nothing
      // the schema leaves out can reach it; plain JSON.stringify serialises a year of thousands of
      // initiatives and milestones in about half the time of the schema-compiled serializer.
      serializerCompiler: () => (data) => JSON.stringify(data),
      schema: {
        operationId: 'getRoadmapYear',
        tags,
        summary: "A fiscal year's roadmap in one reply: initiatives, milestones and dependencies, in columns",
        description:
          'Each table comes as columns of equal length, and references are row numbers (a milestone names the ' +
          'row of its initiative, a dependency the rows of its ends), which halves the reply of a large year. ' +
          '`decodeRoadmapYear` in the contracts package turns it back into one object per initiative, milestone ' +
          'and dependency.',
        params: RoadmapYearParamsSchema,
        response: { 200: RoadmapYearWireSchema },
      },
    },
    async (request) => years.yearColumns(requireActor(request), request.params.year),
  );
};
