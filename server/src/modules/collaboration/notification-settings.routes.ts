import { NotificationSettingsSchema, NotificationSettingsUpdateSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { NotificationSettingsService } from './notification-settings.service.js';

const tags = ['Account'];

/** Under /api/account because it is the caller's own setting, beside profile and password. */
export const notificationSettingsRoutes: FastifyPluginAsyncZod<{ settings: NotificationSettingsService }> = async (
  app,
  { settings },
) => {
  app.get(
    '/api/account/notification-settings',
    {
      schema: {
        operationId: 'getMyNotificationSettings',
        tags,
        summary: 'Whether my notifications are also e-mailed to me',
        response: { 200: NotificationSettingsSchema },
      },
    },
    async (request) => settings.get(requireActor(request)),
  );

  app.put(
    '/api/account/notification-settings',
    {
      schema: {
        operationId: 'updateMyNotificationSettings',
        tags,
        summary: 'Choose whether my notifications are also e-mailed to me',
        body: NotificationSettingsUpdateSchema,
        response: { 200: NotificationSettingsSchema },
      },
    },
    async (request) => settings.update(requireActor(request), request.body),
  );
};
