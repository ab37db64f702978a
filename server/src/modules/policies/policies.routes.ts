import {
  PolicyCreateSchema,
  PolicyDetailSchema,
  PolicyListQuerySchema,
  PolicyListSchema,
  PolicyRefParamsSchema,
  PolicyUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PoliciesService } from './policies.service.js';

const tags = ['Policy library'];

export const policiesRoutes: FastifyPluginAsyncZod<{ policies: PoliciesService }> = async (app, { policies }) => {
  app.get(
    '/api/policies',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listPolicies',
        tags,
        summary: 'Policies the caller may see, with filters, a page at a time (by title)',
        querystring: PolicyListQuerySchema,
        response: { 200: PolicyListSchema },
      },
    },
    async (request) => policies.list(requireActor(request), request.query),
  );

  app.post(
    '/api/policies',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'createPolicy',
        tags,
        summary: 'Create a policy',
        body: PolicyCreateSchema,
        response: { 201: PolicyDetailSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await policies.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/policies/:policyId',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicy',
        tags,
        summary: 'A policy by id or slug',
        params: PolicyRefParamsSchema,
        response: { 200: PolicyDetailSchema },
      },
    },
    async (request) => policies.get(requireActor(request), request.params.policyId),
  );

  app.patch(
    '/api/policies/:policyId',
    {
      config: { access: 'policies.manage' },
      schema: {
        operationId: 'updatePolicy',
        tags,
        summary: "Change a policy's details, restriction or retirement",
        params: PolicyRefParamsSchema,
        body: PolicyUpdateSchema,
        response: { 200: PolicyDetailSchema },
      },
    },
    async (request) => policies.update(requireActor(request), request.params.policyId, request.body),
  );
};
