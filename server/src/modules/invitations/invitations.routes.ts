import {
  NoContentSchema,
  InvitationAcceptSchema,
  InvitationCreateSchema,
  InvitationCreatedSchema,
  InvitationIdParamsSchema,
  InvitationListSchema,
  InvitationPreviewSchema,
  InvitationTokenParamsSchema,
  SessionInfoSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import { requestMeta, setSessionCookie } from '../../http/session-cookie.js';
import type { InvitationsService } from './invitations.service.js';

const tags = ['People'];

export const invitationsRoutes: FastifyPluginAsyncZod<{
  invitations: InvitationsService;
  secureCookies: boolean;
  loginRatePerMinute: number;
}> = async (app, { invitations, secureCookies, loginRatePerMinute }) => {
  const rateLimit = { max: loginRatePerMinute, timeWindow: '1 minute' };

  app.get(
    '/api/invitations',
    {
      config: { access: 'users.manage' },
      schema: {
        operationId: 'listInvitations',
        tags,
        summary: 'Invitations, newest first',
        response: { 200: InvitationListSchema },
      },
    },
    async (request) => ({ items: await invitations.list(requireActor(request)) }),
  );

  app.post(
    '/api/invitations',
    {
      config: { access: 'users.manage' },
      schema: {
        operationId: 'createInvitation',
        tags,
        summary: 'Invite a person; returns the one-time link',
        body: InvitationCreateSchema,
        response: { 201: InvitationCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await invitations.create(requireActor(request), request.body)),
  );

  app.delete(
    '/api/invitations/:invitationId',
    {
      config: { access: 'users.manage' },
      schema: {
        operationId: 'revokeInvitation',
        tags,
        summary: 'Revoke a pending invitation',
        params: InvitationIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await invitations.revoke(requireActor(request), request.params.invitationId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/invitations/by-token/:token',
    {
      config: { access: 'public', rateLimit },
      schema: {
        operationId: 'previewInvitation',
        tags,
        summary: 'What an invitation link offers',
        security: [],
        params: InvitationTokenParamsSchema,
        response: { 200: InvitationPreviewSchema },
      },
    },
    async (request) => invitations.preview(request.params.token),
  );

  app.post(
    '/api/invitations/accept',
    {
      config: { access: 'public', rateLimit },
      schema: {
        operationId: 'acceptInvitation',
        tags,
        summary: 'Accept an invitation: create the account and sign in',
        security: [],
        body: InvitationAcceptSchema,
        response: { 201: SessionInfoSchema },
      },
    },
    async (request, reply) => {
      const started = await invitations.accept(request.body, requestMeta(request));
      setSessionCookie(reply, started, secureCookies);
      return reply.code(201).send(started.info);
    },
  );
};
