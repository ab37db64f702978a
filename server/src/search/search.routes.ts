import { SearchQuerySchema, SearchResultSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../http/authenticate.js';
import type { SearchService } from './search.service.js';

export const searchRoutes: FastifyPluginAsyncZod<{ search: SearchService }> = async (app, { search }) => {
  app.get(
    '/api/search',
    {
      config: { access: 'policies.read' },
      schema: {
        operationId: 'search',
        tags: ['Search'],
        summary: 'Full-text search with highlighted snippets and filters',
        querystring: SearchQuerySchema,
        response: { 200: SearchResultSchema },
      },
    },
    async (request) => search.search(requireActor(request), request.query),
  );
};
