import { PolicyChangeListSchema, PolicyChangesQuerySchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { PolicyChangesService } from './policy-changes.service.js';

export const policyChangesRoutes: FastifyPluginAsyncZod<{ changes: PolicyChangesService }> = async (
  app,
  { changes },
) => {
  app.get(
    '/api/policy-changes',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'listPolicyChanges',
        tags: ['Policy library'],
        summary: 'Published versions taking effect between two dates, across the library',
        querystring: PolicyChangesQuerySchema,
        response: { 200: PolicyChangeListSchema },
      },
    },
    async (request) => ({ items: await changes.between(requireActor(request), request.query.from, request.query.to) }),
  );
};
