import { MailStatusSchema, MailTestResultSchema } from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { MailAdminService } from './mail-admin.service.js';

/** Outgoing mail for admins: its settings (never the password) and a test message. */
export const mailRoutes: FastifyPluginAsyncZod<{ mail: MailAdminService }> = async (app, { mail }) => {
  app.get(
    '/api/admin/mail',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'getMailStatus',
        tags: ['Mail'],
        summary: 'Whether outgoing mail is on, and through which SMTP server (never the password)',
        response: { 200: MailStatusSchema },
      },
    },
    async (request) => mail.status(requireActor(request)),
  );

  app.post(
    '/api/admin/mail/test',
    {
      config: { access: 'workspace.manage' },
      schema: {
        operationId: 'sendTestMail',
        tags: ['Mail'],
        summary:
          'Send a test message to the signed-in admin (409 MAIL_DISABLED when mail is off, 502 MAIL_DELIVERY_FAILED when the server refuses)',
        response: { 200: MailTestResultSchema },
      },
    },
    async (request) => mail.sendTest(requireActor(request)),
  );
};
