import {
  HealthUpdateCreateSchema,
  HealthUpdateListQuerySchema,
  HealthUpdatePageSchema,
  HealthUpdatePostedSchema,
  InitiativeCreateSchema,
  InitiativeDetailSchema,
  InitiativeIdParamsSchema,
  InitiativeListQuerySchema,
  InitiativePageSchema,
  InitiativeUpdateSchema,
  NoContentSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { HealthUpdatesService } from './health-updates.service.js';
import type { InitiativesService } from './initiatives.service.js';

const tags = ['Roadmap'];

export const initiativesRoutes: FastifyPluginAsyncZod<{
  initiatives: InitiativesService;
  updates: HealthUpdatesService;
}> = async (app, { initiatives, updates }) => {
  app.get(
    '/api/roadmap/initiatives',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'listInitiatives',
        tags,
        summary: 'Initiatives, filtered (period, status, owner, area, team, health, update due) and paged',
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativePageSchema },
      },
    },
    async (request) => initiatives.list(requireActor(request), request.query),
  );

  app.post(
    '/api/roadmap/initiatives',
    {
      config: { access: 'roadmap.manage' },
      schema: {
        operationId: 'createInitiative',
        tags,
        summary: 'Create an initiative (program managers and admins)',
        body: InitiativeCreateSchema,
        response: { 201: InitiativeDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await initiatives.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/roadmap/initiatives/:initiativeId',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'getInitiative',
        tags,
        summary: 'An initiative with its milestones, dependencies, children, policies and latest updates',
        params: InitiativeIdParamsSchema,
        response: { 200: InitiativeDetailSchema },
      },
    },
    async (request) => initiatives.get(requireActor(request), request.params.initiativeId),
  );

  app.patch(
    '/api/roadmap/initiatives/:initiativeId',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'updateInitiative',
        tags,
        summary: 'Edit an initiative, or override its progress (its owner, program managers, admins)',
        params: InitiativeIdParamsSchema,
        body: InitiativeUpdateSchema,
        response: { 200: InitiativeDetailSchema },
      },
    },
    async (request) => initiatives.update(requireActor(request), request.params.initiativeId, request.body),
  );

  app.delete(
    '/api/roadmap/initiatives/:initiativeId',
    {
      config: { access: 'roadmap.manage' },
      schema: {
        operationId: 'deleteInitiative',
        tags,
        summary: 'Delete an initiative with its milestones, dependencies and updates (not one with children)',
        params: InitiativeIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await initiatives.delete(requireActor(request), request.params.initiativeId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/roadmap/initiatives/:initiativeId/updates',
    {
      config: { access: 'roadmap.read' },
      schema: {
        operationId: 'listInitiativeUpdates',
        tags,
        summary: 'Health updates of an initiative, newest first',
        params: InitiativeIdParamsSchema,
        querystring: HealthUpdateListQuerySchema,
        response: { 200: HealthUpdatePageSchema },
      },
    },
    async (request) => updates.list(requireActor(request), request.params.initiativeId, request.query),
  );

  app.post(
    '/api/roadmap/initiatives/:initiativeId/updates',
    {
      config: { access: 'roadmap.edit_own' },
      schema: {
        operationId: 'postInitiativeUpdate',
        tags,
        summary: 'Post a health update (its owner, program managers, admins)',
        params: InitiativeIdParamsSchema,
        body: HealthUpdateCreateSchema,
        response: { 201: HealthUpdatePostedSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await updates.post(requireActor(request), request.params.initiativeId, request.body)),
  );
};
