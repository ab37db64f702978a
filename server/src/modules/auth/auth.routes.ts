import {
  EmptySchema,
  NoContentSchema,
  LoginRequestSchema,
  ProblemSchema,
  SessionInfoSchema,
  SetupRequestSchema,
  SetupStatusSchema,
} from '@policyops/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { SESSION_COOKIE, requireActor } from '../../http/authenticate.js';
import { clearSessionCookie, requestMeta, setSessionCookie } from '../../http/session-cookie.js';
import type { AuthService } from './auth.service.js';

const tags = ['Authentication'];

export const authRoutes: FastifyPluginAsyncZod<{
  auth: AuthService;
  secureCookies: boolean;
  loginRatePerMinute: number;
}> = async (app, { auth, secureCookies, loginRatePerMinute }) => {
  const rateLimit = { max: loginRatePerMinute, timeWindow: '1 minute' };

  app.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        operationId: 'getSetupStatus',
        tags,
        summary: 'Whether the first admin still has to be created',
        security: [],
        response: { 200: SetupStatusSchema },
      },
    },
    async () => auth.setupStatus(),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public', rateLimit },
      schema: {
        operationId: 'completeSetup',
        tags,
        summary: 'Create the first admin and sign in',
        security: [],
        body: SetupRequestSchema,
        response: { 201: SessionInfoSchema, 409: ProblemSchema },
      },
    },
    async (request, reply) => {
      const started = await auth.completeSetup(request.body, requestMeta(request));
      setSessionCookie(reply, started, secureCookies);
      return reply.code(201).send(started.info);
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit },
      schema: {
        operationId: 'login',
        tags,
        summary: 'Sign in with e-mail and password',
        security: [],
        body: LoginRequestSchema,
        response: { 200: SessionInfoSchema, 401: ProblemSchema, 423: ProblemSchema, 429: ProblemSchema },
      },
    },
    async (request, reply) => {
      const started = await auth.login(request.body, requestMeta(request));
      setSessionCookie(reply, started, secureCookies);
      return started.info;
    },
  );

  app.post(
    '/api/auth/logout',
    {
      // Open to anyone (signing out twice is fine), but a live session needs its CSRF token to end.
      config: { access: 'public', protectSignedIn: true },
      schema: {
        operationId: 'logout',
        tags,
        summary: 'Sign out of this session',
        security: [],
        body: EmptySchema.nullish(),
        response: { 204: NoContentSchema },
      },
    },
    async (request, reply) => {
      await auth.logout(request.cookies[SESSION_COOKIE], requestMeta(request));
      clearSessionCookie(reply, secureCookies);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/auth/session',
    {
      schema: {
        operationId: 'getSession',
        tags,
        summary: 'The signed-in user, permissions and CSRF token',
        response: { 200: SessionInfoSchema },
      },
    },
    async (request) => auth.sessionInfo(requireActor(request)),
  );
};
