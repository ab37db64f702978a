import {
  NoContentSchema,
  PolicyAreaCreateSchema,
  PolicyAreaIdParamsSchema,
  PolicyAreaListSchema,
  PolicyAreaSchema,
  PolicyAreaUpdateSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyAreasService } from './policy-areas.service.js';

const tags = ['Policy library'];

export const policyAreasRoutes: FastifyPluginAsyncZod<{ areas: PolicyAreasService }> = async (app, { areas }) => {
  app.get(
    '/api/policy-areas',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listPolicyAreas',
        tags,
        summary: 'The policy area taxonomy (flat; build the tree from parentId)',
        response: { 200: PolicyAreaListSchema },
      },
    },
    async (request) => ({ items: await areas.list(requireActor(request)) }),
  );

  app.post(
    '/api/policy-areas',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'createPolicyArea',
        tags,
        summary: 'Create a policy area',
        body: PolicyAreaCreateSchema,
        response: { 201: PolicyAreaSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await areas.create(requireActor(request), request.body)),
  );

  app.patch(
    '/api/policy-areas/:areaId',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'updatePolicyArea',
        tags,
        summary: 'Rename or move a policy area',
        params: PolicyAreaIdParamsSchema,
        body: PolicyAreaUpdateSchema,
        response: { 200: PolicyAreaSchema },
      },
    },
    async (request) => areas.update(requireActor(request), request.params.areaId, request.body),
  );

  app.delete(
    '/api/policy-areas/:areaId',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'deletePolicyArea',
        tags,
        summary: 'Delete an empty policy area',
        params: PolicyAreaIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await areas.delete(requireActor(request), request.params.areaId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
