import {
  RaidCreateSchema,
  RaidEscalateSchema,
  RaidHeatMapQuerySchema,
  RaidHeatMapSchema,
  RaidIdParamsSchema,
  RaidItemSchema,
  RaidListQuerySchema,
  RaidPageSchema,
  RaidSummaryQuerySchema,
  RaidSummarySchema,
  RaidUpdateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { RaidEscalationService } from './raid-escalation.service.js';
import type { RaidService } from './raid.service.js';

const tags = ['RAID log'];

export interface RaidRouteServices {
  items: RaidService;
  escalation: RaidEscalationService;
}

export const raidRoutes: FastifyPluginAsyncZod<RaidRouteServices> = async (app, { items, escalation }) => {
  const read = { access: 'governance.read' } as const;
  const manage = { access: 'governance.manage' } as const;

  app.get(
    '/api/raid/items',
    {
      config: read,
      schema: {
        operationId: 'listRaidItems',
        tags,
        summary: 'RAID items, filtered, newest first',
        querystring: RaidListQuerySchema,
        response: { 200: RaidPageSchema },
      },
    },
    async (request) => items.list(requireActor(request), request.query),
  );

  app.post(
    '/api/raid/items',
    {
      config: manage,
      schema: {
        operationId: 'createRaidItem',
        tags,
        summary: 'Log a risk, issue or blocker, assumption or dependency',
        body: RaidCreateSchema,
        response: { 201: RaidItemSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await items.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/raid/heat-map',
    {
      config: read,
      schema: {
        operationId: 'getRaidHeatMap',
        tags,
        summary: 'Open risks per probability × impact (5×5)',
        querystring: RaidHeatMapQuerySchema,
        response: { 200: RaidHeatMapSchema },
      },
    },
    async (request) => items.heatMap(requireActor(request), request.query),
  );

  app.get(
    '/api/raid/summary',
    {
      config: read,
      schema: {
        operationId: 'getRaidSummary',
        tags,
        summary: 'Open items per kind and open blockers linked to one record',
        querystring: RaidSummaryQuerySchema,
        response: { 200: RaidSummarySchema },
      },
    },
    async (request) => items.summary(requireActor(request), request.query),
  );

  app.get(
    '/api/raid/items/:itemId',
    {
      config: read,
      schema: {
        operationId: 'getRaidItem',
        tags,
        summary: 'A RAID item with its links and, for an issue, its escalation path and history',
        params: RaidIdParamsSchema,
        response: { 200: RaidItemSchema },
      },
    },
    async (request) => items.get(requireActor(request), request.params.itemId),
  );

  app.patch(
    '/api/raid/items/:itemId',
    {
      config: manage,
      schema: {
        operationId: 'updateRaidItem',
        tags,
        summary: 'Edit a RAID item (send the version you read)',
        params: RaidIdParamsSchema,
        body: RaidUpdateSchema,
        response: { 200: RaidItemSchema },
      },
    },
    async (request) => items.update(requireActor(request), request.params.itemId, request.body),
  );

  app.post(
    '/api/raid/items/:itemId/escalate',
    {
      config: manage,
      schema: {
        operationId: 'escalateRaidItem',
        tags,
        summary: 'Escalate an issue or blocker one level (409 naming `level` at its last level)',
        params: RaidIdParamsSchema,
        body: RaidEscalateSchema,
        response: { 200: RaidItemSchema },
      },
    },
    async (request) => escalation.escalate(requireActor(request), request.params.itemId, request.body),
  );
};
