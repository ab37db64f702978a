import { PolicyAuthorshipQuerySchema, PolicyAuthorshipSchema, UserIdParamsSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyAuthorshipService } from './policy-authorship.service.js';

export const policyAuthorshipRoutes: FastifyPluginAsyncZod<{ authorship: PolicyAuthorshipService }> = async (
  app,
  { authorship },
) => {
  app.get(
    '/api/users/:userId/policy-authorship',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'getPolicyAuthorship',
        tags: ['People'],
        summary: 'The policies a person owns and the versions they wrote, of those the caller may see',
        params: UserIdParamsSchema,
        querystring: PolicyAuthorshipQuerySchema,
        response: { 200: PolicyAuthorshipSchema },
      },
    },
    async (request) => authorship.get(requireActor(request), request.params.userId, request.query),
  );
};
