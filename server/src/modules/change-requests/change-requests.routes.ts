import {
  ChangeRequestSchema,
  CrCreateSchema,
  CrExportQuerySchema,
  CrIdParamsSchema,
  CrListQuerySchema,
  CrPageSchema,
  CrQueueSchema,
  CrReorderSchema,
  CrSettingsSchema,
  CrSettingsUpdateSchema,
  CrTimelineSchema,
  CrTransitionSchema,
  CrUpdateResultSchema,
  CrUpdateSchema,
  CrWaitingSchema,
  SignOffCreateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { ChangeRequestReadsService } from './change-requests-reads.service.js';
import type { ChangeRequestsService } from './change-requests.service.js';
import type { CrSettingsService } from './cr-settings.service.js';
import type { CrTimelineService } from './cr-timeline.service.js';

const tags = ['Change requests'];

export interface ChangeRequestServices {
  changeRequests: ChangeRequestsService;
  reads: ChangeRequestReadsService;
  settings: CrSettingsService;
  timeline: CrTimelineService;
}

export const changeRequestsRoutes: FastifyPluginAsyncZod<ChangeRequestServices> = async (
  app,
  { changeRequests, reads, settings, timeline },
) => {
  const read = { access: 'change_requests.read' } as const;
  const manage = { access: 'change_requests.manage' } as const;

  app.get(
    '/api/change-requests',
    {
      config: read,
      schema: {
        operationId: 'listChangeRequests',
        tags,
        summary: 'Change requests, filtered, newest number first',
        querystring: CrListQuerySchema,
        response: { 200: CrPageSchema },
      },
    },
    async (request) => reads.list(requireActor(request), request.query),
  );

  app.post(
    '/api/change-requests',
    {
      config: manage,
      schema: {
        operationId: 'createChangeRequest',
        tags,
        summary: 'Open a change request (it starts in Intake; the type decides the lane)',
        body: CrCreateSchema,
        response: { 201: ChangeRequestSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await changeRequests.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/change-requests/queue',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequestQueue',
        tags,
        summary: 'The ranked intake queue (lapsed manual placements are cleared)',
        response: { 200: CrQueueSchema },
      },
    },
    async (request) => reads.queue(requireActor(request)),
  );

  app.get(
    '/api/change-requests/waiting-on-me',
    {
      config: read,
      schema: {
        operationId: 'listChangeRequestsWaitingOnMe',
        tags,
        summary: 'Change requests waiting on a sign-off I may give',
        response: { 200: CrWaitingSchema },
      },
    },
    async (request) => reads.waitingOnMe(requireActor(request)),
  );

  app.get(
    '/api/change-requests/export.csv',
    {
      config: read,
      schema: {
        operationId: 'exportChangeRequestsCsv',
        tags,
        summary: 'The filtered list as CSV',
        querystring: CrExportQuerySchema,
        produces: ['text/csv'],
      },
    },
    async (request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', 'attachment; filename="change-requests.csv"')
        .header('Cache-Control', 'private, no-store')
        .serializer((x) => String(x))
        .send(await reads.exportCsv(requireActor(request), request.query)),
  );

  app.get(
    '/api/change-requests/settings',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequestSettings',
        tags,
        summary: 'The workspace scoring model and workflow',
        response: { 200: CrSettingsSchema },
      },
    },
    async (request) => settings.get(requireActor(request)),
  );

  app.put(
    '/api/change-requests/settings',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'updateChangeRequestSettings',
        tags,
        summary: 'Change the scoring model or the workflow (admins)',
        body: CrSettingsUpdateSchema,
        response: { 200: CrSettingsSchema },
      },
    },
    async (request) => settings.update(requireActor(request), request.body),
  );

  app.get(
    '/api/change-requests/:changeRequestId',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequest',
        tags,
        summary: 'A change request with its score, lane, sign-offs and possible moves',
        params: CrIdParamsSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => changeRequests.get(requireActor(request), request.params.changeRequestId),
  );

  app.get(
    '/api/change-requests/:changeRequestId/timeline',
    {
      config: read,
      schema: {
        operationId: 'getChangeRequestTimeline',
        tags,
        summary: 'Everything that happened to a change request, newest first, one sentence each',
        params: CrIdParamsSchema,
        response: { 200: CrTimelineSchema },
      },
    },
    async (request) => timeline.timeline(requireActor(request), request.params.changeRequestId),
  );

  app.patch(
    '/api/change-requests/:changeRequestId',
    {
      config: manage,
      schema: {
        operationId: 'updateChangeRequest',
        tags,
        summary: 'Edit a change request (a change of the proposed text resets earlier approvals)',
        params: CrIdParamsSchema,
        body: CrUpdateSchema,
        response: { 200: CrUpdateResultSchema },
      },
    },
    async (request) => changeRequests.update(requireActor(request), request.params.changeRequestId, request.body),
  );

  app.post(
    '/api/change-requests/:changeRequestId/transitions',
    {
      config: manage,
      schema: {
        operationId: 'transitionChangeRequest',
        tags,
        summary: 'Move a change request to another stage (409 naming what is missing)',
        params: CrIdParamsSchema,
        body: CrTransitionSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => changeRequests.transition(requireActor(request), request.params.changeRequestId, request.body),
  );

  app.post(
    '/api/change-requests/:changeRequestId/sign-offs',
    {
      config: read,
      schema: {
        operationId: 'signOffChangeRequest',
        tags,
        summary: 'Approve, approve with conditions or request changes, in a role I hold',
        params: CrIdParamsSchema,
        body: SignOffCreateSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => changeRequests.signOff(requireActor(request), request.params.changeRequestId, request.body),
  );

  app.post(
    '/api/change-requests/:changeRequestId/placement',
    {
      config: manage,
      schema: {
        operationId: 'placeChangeRequest',
        tags,
        summary: 'Place a change request by hand in the intake queue, with a reason',
        params: CrIdParamsSchema,
        body: CrReorderSchema,
        response: { 200: ChangeRequestSchema },
      },
    },
    async (request) => changeRequests.place(requireActor(request), request.params.changeRequestId, request.body),
  );
};
