import {
  EmptySchema,
  NoContentSchema,
  TeamCreateSchema,
  TeamDetailSchema,
  TeamIdParamsSchema,
  TeamListQuerySchema,
  TeamListSchema,
  TeamMemberParamsSchema,
  TeamUpdateSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { TeamsService } from './teams.service.js';

const tags = ['Teams'];

export const teamsRoutes: FastifyPluginAsyncZod<{ teams: TeamsService }> = async (app, { teams }) => {
  app.get(
    '/api/teams',
    {
      config: { access: 'directory.read' },
      schema: {
        operationId: 'listTeams',
        tags,
        summary: 'Policy teams and XFN functions',
        querystring: TeamListQuerySchema,
        response: { 200: TeamListSchema },
      },
    },
    async (request) => ({ items: await teams.list(requireActor(request), request.query.function) }),
  );

  app.post(
    '/api/teams',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'createTeam',
        tags,
        summary: 'Create a team',
        body: TeamCreateSchema,
        response: { 201: TeamDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await teams.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/teams/:teamId',
    {
      config: { access: 'directory.read' },
      schema: {
        operationId: 'getTeam',
        tags,
        summary: 'A team with its members',
        params: TeamIdParamsSchema,
        response: { 200: TeamDetailSchema },
      },
    },
    async (request) => teams.get(requireActor(request), request.params.teamId),
  );

  app.patch(
    '/api/teams/:teamId',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'updateTeam',
        tags,
        summary: 'Rename or re-describe a team',
        params: TeamIdParamsSchema,
        body: TeamUpdateSchema,
        response: { 200: TeamDetailSchema },
      },
    },
    async (request) => teams.update(requireActor(request), request.params.teamId, request.body),
  );

  app.delete(
    '/api/teams/:teamId',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'deleteTeam',
        tags,
        summary: 'Delete a team',
        params: TeamIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await teams.delete(requireActor(request), request.params.teamId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.put(
    '/api/teams/:teamId/members/:userId',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'addTeamMember',
        tags,
        summary: 'Add a person to a team',
        params: TeamMemberParamsSchema,
        body: EmptySchema.nullish(),
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await teams.addMember(requireActor(request), request.params.teamId, request.params.userId);
      return reply.code(204).send(null);
    },
  );

  app.delete(
    '/api/teams/:teamId/members/:userId',
    {
      config: { access: 'teams.manage' },
      schema: {
        operationId: 'removeTeamMember',
        tags,
        summary: 'Remove a person from a team',
        params: TeamMemberParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await teams.removeMember(requireActor(request), request.params.teamId, request.params.userId);
      return reply.code(204).send(null);
    },
  );
};
