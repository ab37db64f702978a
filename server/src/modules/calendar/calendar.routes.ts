import {
  CalendarFeedCreateSchema,
  CalendarFeedCreatedSchema,
  CalendarFeedIdParamsSchema,
  CalendarFeedListSchema,
  CalendarFeedTokenParamsSchema,
  NoContentSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { CalendarFeedsService } from './calendar-feeds.service.js';

const tags = ['Calendar feeds'];

/** Calendar feeds: managing my feed URLs (signed in) and the public .ics a calendar client polls. */
export const calendarRoutes: FastifyPluginAsyncZod<{
  feeds: CalendarFeedsService;
  publicRatePerMinute: number;
}> = async (app, { feeds, publicRatePerMinute }) => {
  const read = { access: 'governance.read' } as const;

  app.post(
    '/api/calendar/feeds',
    {
      config: read,
      schema: {
        operationId: 'createCalendarFeed',
        tags,
        summary: 'Create a calendar feed URL for me or for a working group; the URL is shown once',
        body: CalendarFeedCreateSchema,
        response: { 201: CalendarFeedCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await feeds.create(requireActor(request), request.body)),
  );

  app.get(
    '/api/calendar/feeds/mine',
    {
      config: read,
      schema: {
        operationId: 'listMyCalendarFeeds',
        tags,
        summary: 'My calendar feeds that still work (never their secrets)',
        response: { 200: CalendarFeedListSchema },
      },
    },
    async (request) => feeds.mine(requireActor(request)),
  );

  app.delete(
    '/api/calendar/feeds/:feedId',
    {
      config: read,
      schema: {
        operationId: 'revokeCalendarFeed',
        tags,
        summary: 'Revoke one of my calendar feeds: its URL answers 404 from now on (audited)',
        params: CalendarFeedIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await feeds.revoke(requireActor(request), request.params.feedId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/public/calendar/:token',
    {
      config: { access: 'public', rateLimit: { max: publicRatePerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'calendarFeedIcs',
        tags,
        summary: 'The iCalendar feed behind a secret URL (no session: the secret is the credential)',
        security: [],
        params: CalendarFeedTokenParamsSchema,
        produces: ['text/calendar'],
      },
    },
    async (request, reply) => {
      const body = await feeds.render(request.params.token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('Cache-Control', 'private, max-age=300')
        .serializer((x) => String(x))
        .send(body);
    },
  );
};
