import {
  NoContentSchema,
  SavedViewCreateSchema,
  SavedViewIdParamsSchema,
  SavedViewListQuerySchema,
  SavedViewListSchema,
  SavedViewSchema,
  SavedViewUpdateSchema,
  VersionQuerySchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { SavedViewsService } from './saved-views.service.js';

const tags = ['Saved views'];

/** Access: the permission of the list a view filters, checked in the service (change_requests.read today). */
export const savedViewsRoutes: FastifyPluginAsyncZod<{ savedViews: SavedViewsService }> = async (
  app,
  { savedViews },
) => {
  const access = { access: 'change_requests.read' } as const;

  app.get(
    '/api/saved-views',
    {
      config: access,
      schema: {
        operationId: 'listSavedViews',
        tags,
        summary: 'My saved views of a list, then those others shared',
        querystring: SavedViewListQuerySchema,
        response: { 200: SavedViewListSchema },
      },
    },
    async (request) => savedViews.list(requireActor(request), request.query.entity),
  );

  app.post(
    '/api/saved-views',
    {
      config: access,
      schema: {
        operationId: 'createSavedView',
        tags,
        summary: 'Save a named filter of a list (optionally shared with the workspace)',
        body: SavedViewCreateSchema,
        response: { 201: SavedViewSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await savedViews.create(requireActor(request), request.body)),
  );

  app.patch(
    '/api/saved-views/:savedViewId',
    {
      config: access,
      schema: {
        operationId: 'updateSavedView',
        tags,
        summary: 'Rename, change the filter of, or share one of my saved views',
        params: SavedViewIdParamsSchema,
        body: SavedViewUpdateSchema,
        response: { 200: SavedViewSchema },
      },
    },
    async (request) => savedViews.update(requireActor(request), request.params.savedViewId, request.body),
  );

  app.delete(
    '/api/saved-views/:savedViewId',
    {
      config: access,
      schema: {
        operationId: 'deleteSavedView',
        tags,
        summary: 'Delete one of my saved views',
        params: SavedViewIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await savedViews.delete(requireActor(request), request.params.savedViewId, request.query.version);
      return reply.code(204).send(null);
    },
  );
};
