import {
  ActionItemCreateSchema,
  ActionItemIdParamsSchema,
  ActionItemListQuerySchema,
  ActionItemPageSchema,
  ActionItemSchema,
  ActionItemStatusChangeSchema,
  ActionItemUpdateSchema,
  MyActionsSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { ActionItemsService } from './action-items.service.js';

const tags = ['Action items'];

/** Action items: HTTP only; the service checks permissions and the owner rule. */
export const actionItemsRoutes: FastifyPluginAsyncZod<{ actionItems: ActionItemsService }> = async (
  app,
  { actionItems },
) => {
  const read = { access: 'governance.read' } as const;
  const manage = { access: 'governance.manage' } as const;

  app.get(
    '/api/action-items',
    {
      config: read,
      schema: {
        operationId: 'listActionItems',
        tags,
        summary: 'Action items, filtered by owner, status, overdue, working group, source or due date; paged',
        querystring: ActionItemListQuerySchema,
        response: { 200: ActionItemPageSchema },
      },
    },
    async (request) => actionItems.list(requireActor(request), request.query),
  );

  app.get(
    '/api/action-items/mine',
    {
      config: read,
      schema: {
        operationId: 'getMyActionItems',
        tags,
        summary: 'Everything I own, grouped: overdue, due this week, later, no date, recently done',
        response: { 200: MyActionsSchema },
      },
    },
    async (request) => actionItems.mine(requireActor(request)),
  );

  app.post(
    '/api/action-items',
    {
      config: manage,
      schema: {
        operationId: 'createActionItem',
        tags,
        summary: 'Add an action item with an owner from the stakeholder directory',
        body: ActionItemCreateSchema,
        response: { 201: ActionItemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await actionItems.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/action-items/:actionItemId',
    {
      config: read,
      schema: {
        operationId: 'getActionItem',
        tags,
        summary: 'One action item',
        params: ActionItemIdParamsSchema,
        response: { 200: ActionItemSchema },
      },
    },
    async (request) => actionItems.get(requireActor(request), request.params.actionItemId),
  );

  app.patch(
    '/api/action-items/:actionItemId',
    {
      config: manage,
      schema: {
        operationId: 'updateActionItem',
        tags,
        summary: 'Edit an action item (title, notes, owner, due date, status, links); versioned',
        params: ActionItemIdParamsSchema,
        body: ActionItemUpdateSchema,
        response: { 200: ActionItemSchema },
      },
    },
    async (request) => actionItems.update(requireActor(request), request.params.actionItemId, request.body),
  );

  app.post(
    '/api/action-items/:actionItemId/status',
    {
      config: read,
      schema: {
        operationId: 'changeActionItemStatus',
        tags,
        summary: 'Change the status of an action (its owner, or someone who manages governance work); versioned',
        params: ActionItemIdParamsSchema,
        body: ActionItemStatusChangeSchema,
        response: { 200: ActionItemSchema },
      },
    },
    async (request) => actionItems.changeStatus(requireActor(request), request.params.actionItemId, request.body),
  );
};
