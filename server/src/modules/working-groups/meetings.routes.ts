import {
  AgendaItemCreateSchema,
  AgendaItemParamsSchema,
  AgendaItemUpdateSchema,
  MeetingIdParamsSchema,
  MeetingSchema,
  MeetingUpdateSchema,
  OutcomeCreateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { MeetingsService } from './meetings.service.js';

const tags = ['Meetings'];

/**
 * Meeting writes are open to governance.read at the route: the service lets the group's chair or secretary,
 * or governance.manage, through.
 */
export const meetingsRoutes: FastifyPluginAsyncZod<{ meetings: MeetingsService }> = async (app, { meetings }) => {
  const read = { access: 'governance.read' } as const;

  app.get(
    '/api/meetings/:id',
    {
      config: read,
      schema: {
        operationId: 'getMeeting',
        tags,
        summary: 'A meeting: agenda by section with outcomes, attendees, notes',
        params: MeetingIdParamsSchema,
        response: { 200: MeetingSchema },
      },
    },
    async (request) => meetings.get(requireActor(request), request.params.id),
  );

  app.patch(
    '/api/meetings/:id',
    {
      config: read,
      schema: {
        operationId: 'updateMeeting',
        tags,
        summary: 'Edit times, place, notes, attendees or cancel (400 naming endsAt if it ends before it starts)',
        params: MeetingIdParamsSchema,
        body: MeetingUpdateSchema,
        response: { 200: MeetingSchema },
      },
    },
    async (request) => meetings.update(requireActor(request), request.params.id, request.body),
  );

  app.post(
    '/api/meetings/:id/agenda-items',
    {
      config: read,
      schema: {
        operationId: 'addMeetingAgendaItem',
        tags,
        summary: 'Add an agenda item',
        params: MeetingIdParamsSchema,
        body: AgendaItemCreateSchema,
        response: { 201: MeetingSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await meetings.addItem(requireActor(request), request.params.id, request.body)),
  );

  app.patch(
    '/api/meetings/:id/agenda-items/:itemId',
    {
      config: read,
      schema: {
        operationId: 'updateMeetingAgendaItem',
        tags,
        summary: 'Mark an agenda item done or retitle it (409 when stale)',
        params: AgendaItemParamsSchema,
        body: AgendaItemUpdateSchema,
        response: { 200: MeetingSchema },
      },
    },
    async (request) =>
      meetings.updateItem(requireActor(request), request.params.id, request.params.itemId, request.body),
  );

  app.post(
    '/api/meetings/:id/refresh',
    {
      config: read,
      schema: {
        operationId: 'refreshMeetingAgenda',
        tags,
        summary: 'Add new pre-filled items from live data, without duplicating those on the agenda',
        params: MeetingIdParamsSchema,
        response: { 200: MeetingSchema },
      },
    },
    async (request) => meetings.refresh(requireActor(request), request.params.id),
  );

  app.post(
    '/api/meetings/:id/agenda-items/:itemId/outcomes',
    {
      config: read,
      schema: {
        operationId: 'recordMeetingOutcome',
        tags,
        summary: 'Record information, or create a decision or an action inline, on an agenda item',
        params: AgendaItemParamsSchema,
        body: OutcomeCreateSchema,
        response: { 201: MeetingSchema },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await meetings.recordOutcome(requireActor(request), request.params.id, request.params.itemId, request.body),
        ),
  );
};
