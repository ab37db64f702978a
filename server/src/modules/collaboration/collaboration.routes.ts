import {
  ActivityPageSchema,
  ActivityQuerySchema,
  CommentCreateSchema,
  CommentIdParamsSchema,
  CommentListQuerySchema,
  CommentPageSchema,
  CommentSchema,
  CommentUpdateSchema,
  EmptySchema,
  EntityParamsSchema,
  MarkedReadSchema,
  NoContentSchema,
  NotificationIdParamsSchema,
  NotificationListQuerySchema,
  NotificationPageSchema,
  NotificationSchema,
  UnreadCountSchema,
  VersionQuerySchema,
  WatchStateSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { ActivityService } from './activity.service.js';
import type { CommentsService } from './comments.service.js';
import type { NotificationsService } from './notifications.service.js';
import type { WatchesService } from './watches.service.js';

const tags = ['Collaboration'];

export interface CollaborationRouteServices {
  comments: CommentsService;
  watches: WatchesService;
  notifications: NotificationsService;
  activity: ActivityService;
}

export const collaborationRoutes: FastifyPluginAsyncZod<CollaborationRouteServices> = async (
  app,
  { comments, watches, notifications, activity },
) => {
  app.get(
    '/api/comments',
    {
      schema: {
        operationId: 'listComments',
        tags,
        summary: "A record's comments, oldest first (cursor-paginated)",
        querystring: CommentListQuerySchema,
        response: { 200: CommentPageSchema },
      },
    },
    async (request) => comments.list(requireActor(request), request.query),
  );

  app.post(
    '/api/comments',
    {
      config: { access: 'comments.write' },
      schema: {
        operationId: 'createComment',
        tags,
        summary: 'Comment on a record (Markdown, @mentions); watches it',
        body: CommentCreateSchema,
        response: { 201: CommentSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await comments.create(requireActor(request), request.body)),
  );

  app.patch(
    '/api/comments/:commentId',
    {
      config: { access: 'comments.write' },
      schema: {
        operationId: 'updateComment',
        tags,
        summary: 'Edit your comment',
        params: CommentIdParamsSchema,
        body: CommentUpdateSchema,
        response: { 200: CommentSchema },
      },
    },
    async (request) => comments.update(requireActor(request), request.params.commentId, request.body),
  );

  app.delete(
    '/api/comments/:commentId',
    {
      config: { access: 'comments.write' },
      schema: {
        operationId: 'deleteComment',
        tags,
        summary: 'Delete your comment (admins: any comment)',
        params: CommentIdParamsSchema,
        querystring: VersionQuerySchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await comments.delete(requireActor(request), request.params.commentId, request.query.version);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/watches/:entityType/:entityId',
    {
      schema: {
        operationId: 'getWatch',
        tags,
        summary: 'Whether you watch a record, and how many do',
        params: EntityParamsSchema,
        response: { 200: WatchStateSchema },
      },
    },
    async (request) => watches.get(requireActor(request), request.params.entityType, request.params.entityId),
  );

  app.put(
    '/api/watches/:entityType/:entityId',
    {
      config: { access: 'comments.write' },
      schema: {
        operationId: 'watchEntity',
        tags,
        summary: 'Watch a record: hear about its comments and changes',
        params: EntityParamsSchema,
        body: EmptySchema.nullish(),
        response: { 200: WatchStateSchema },
      },
    },
    async (request) => watches.watch(requireActor(request), request.params.entityType, request.params.entityId),
  );

  app.delete(
    '/api/watches/:entityType/:entityId',
    {
      config: { access: 'comments.write' },
      schema: {
        operationId: 'unwatchEntity',
        tags,
        summary: 'Stop watching a record',
        params: EntityParamsSchema,
        response: { 200: WatchStateSchema },
      },
    },
    async (request) => watches.unwatch(requireActor(request), request.params.entityType, request.params.entityId),
  );

  app.get(
    '/api/notifications',
    {
      schema: {
        operationId: 'listNotifications',
        tags,
        summary: 'Your notifications, newest first (cursor-paginated)',
        querystring: NotificationListQuerySchema,
        response: { 200: NotificationPageSchema },
      },
    },
    async (request) => notifications.list(requireActor(request), request.query),
  );

  app.get(
    '/api/notifications/unread-count',
    {
      schema: {
        operationId: 'getUnreadNotificationCount',
        tags,
        summary: 'How many of your notifications are unread',
        response: { 200: UnreadCountSchema },
      },
    },
    async (request) => notifications.unreadCount(requireActor(request)),
  );

  app.post(
    '/api/notifications/:notificationId/read',
    {
      schema: {
        operationId: 'markNotificationRead',
        tags,
        summary: 'Mark one of your notifications read',
        params: NotificationIdParamsSchema,
        body: EmptySchema.nullish(),
        response: { 200: NotificationSchema },
      },
    },
    async (request) => notifications.markRead(requireActor(request), request.params.notificationId),
  );

  app.post(
    '/api/notifications/read-all',
    {
      schema: {
        operationId: 'markAllNotificationsRead',
        tags,
        summary: 'Mark all your notifications read',
        body: EmptySchema.nullish(),
        response: { 200: MarkedReadSchema },
      },
    },
    async (request) => notifications.markAllRead(requireActor(request)),
  );

  app.get(
    '/api/activity',
    {
      schema: {
        operationId: 'listActivity',
        tags,
        summary: 'Activity on a record, by a person, or everything you can see; newest first',
        querystring: ActivityQuerySchema,
        response: { 200: ActivityPageSchema },
      },
    },
    async (request) => activity.list(requireActor(request), request.query),
  );
};
