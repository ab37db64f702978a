import {
  DependencyCreateSchema,
  DependencyIdParamsSchema,
  DependencySchema,
  DependencyUpdateSchema,
  InitiativeIdParamsSchema,
  MilestoneCreateSchema,
  MilestoneIdParamsSchema,
  MilestoneSchema,
  MilestoneUpdateSchema,
  NoContentSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { DependenciesService } from './dependencies.service.js';
import type { MilestonesService } from './milestones.service.js';

const tags = ['Roadmap'];

export const milestonesRoutes: FastifyPluginAsyncZod<{
  milestones: MilestonesService;
  dependencies: DependenciesService;
}> = async (app, { milestones, dependencies }) => {
  app.post(
    '/api/roadmap/initiatives/:initiativeId/milestones',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'createMilestone',
        tags,
        summary: 'Add a milestone inside the initiative (external kinds are fixed dates)',
        params: InitiativeIdParamsSchema,
        body: MilestoneCreateSchema,
        response: { 201: MilestoneSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await milestones.create(requireActor(request), request.params.initiativeId, request.body)),
  );

  app.patch(
    '/api/roadmap/milestones/:milestoneId',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'updateMilestone',
        tags,
        summary: 'Rename, move, re-kind or complete a milestone',
        params: MilestoneIdParamsSchema,
        body: MilestoneUpdateSchema,
        response: { 200: MilestoneSchema },
      },
    },
    async (request) => milestones.update(requireActor(request), request.params.milestoneId, request.body),
  );

  app.delete(
    '/api/roadmap/milestones/:milestoneId',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'deleteMilestone',
        tags,
        summary: 'Delete a milestone and the dependencies on it',
        params: MilestoneIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await milestones.delete(requireActor(request), request.params.milestoneId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/roadmap/dependencies',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'createDependency',
        tags,
        summary: 'Add a finish-to-start dependency (a cycle is refused, naming its members)',
        body: DependencyCreateSchema,
        response: { 201: DependencySchema },
      },
    },
    async (request, reply) => reply.code(201).send(await dependencies.create(requireActor(request), request.body)),
  );

  app.patch(
    '/api/roadmap/dependencies/:dependencyId',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'updateDependency',
        tags,
        summary: "Change a dependency's lag",
        params: DependencyIdParamsSchema,
        body: DependencyUpdateSchema,
        response: { 200: DependencySchema },
      },
    },
    async (request) => dependencies.update(requireActor(request), request.params.dependencyId, request.body),
  );

  app.delete(
    '/api/roadmap/dependencies/:dependencyId',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'deleteDependency',
        tags,
        summary: 'Remove a dependency',
        params: DependencyIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await dependencies.delete(requireActor(request), request.params.dependencyId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
