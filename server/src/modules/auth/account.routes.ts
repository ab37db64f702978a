import {
  ApiTokenCreateSchema,
  ApiTokenCreatedSchema,
  ApiTokenIdParamsSchema,
  ApiTokenListSchema,
  EmptySchema,
  NoContentSchema,
  PasswordChangeSchema,
  ProfileUpdateSchema,
  RevokedCountSchema,
  SessionIdParamsSchema,
  SessionInfoSchema,
  SessionListSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../../http/authenticate.js';
import type { AccountService } from './account.service.js';

const tags = ['Account'];

export const accountRoutes: FastifyPluginAsyncZod<{ account: AccountService }> = async (app, { account }) => {
  app.get(
    '/api/account/sessions',
    {
      schema: {
        operationId: 'listMySessions',
        tags,
        summary: 'My open sessions',
        response: { 200: SessionListSchema },
      },
    },
    async (request) => ({ items: await account.listSessions(requireActor(request)) }),
  );

  app.delete(
    '/api/account/sessions/:sessionId',
    {
      schema: {
        operationId: 'revokeMySession',
        tags,
        summary: 'Sign out one of my sessions',
        params: SessionIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await account.revokeSession(requireActor(request), request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/account/sessions/revoke-others',
    {
      schema: {
        operationId: 'revokeOtherSessions',
        tags,
        summary: 'Sign out everywhere else',
        body: EmptySchema.nullish(),
        response: { 200: RevokedCountSchema },
      },
    },
    async (request) => ({ revoked: await account.revokeOtherSessions(requireActor(request)) }),
  );

  app.put(
    '/api/account/password',
    {
      schema: {
        operationId: 'changePassword',
        tags,
        summary: 'Change my password (ends my other sessions)',
        body: PasswordChangeSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await account.changePassword(requireActor(request), request.body);
      return reply.code(204).send(null);
    },
  );

  app.patch(
    '/api/account/profile',
    {
      schema: {
        operationId: 'updateProfile',
        tags,
        summary: 'Change my display name',
        body: ProfileUpdateSchema,
        response: { 200: SessionInfoSchema },
      },
    },
    async (request) => account.updateProfile(requireActor(request), request.body),
  );

  app.get(
    '/api/account/tokens',
    {
      schema: {
        operationId: 'listMyApiTokens',
        tags,
        summary: 'My personal API tokens',
        response: { 200: ApiTokenListSchema },
      },
    },
    async (request) => ({ items: await account.listApiTokens(requireActor(request)) }),
  );

  app.post(
    '/api/account/tokens',
    {
      schema: {
        operationId: 'createApiToken',
        tags,
        summary: 'Create a personal API token (the secret is shown once)',
        body: ApiTokenCreateSchema,
        response: { 201: ApiTokenCreatedSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await account.createApiToken(requireActor(request), request.body)),
  );

  app.delete(
    '/api/account/tokens/:tokenId',
    {
      schema: {
        operationId: 'revokeApiToken',
        tags,
        summary: 'Revoke one of my API tokens',
        params: ApiTokenIdParamsSchema,
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await account.revokeApiToken(requireActor(request), request.params.tokenId);
      return reply.code(204).send(null);
    },
  );
};
