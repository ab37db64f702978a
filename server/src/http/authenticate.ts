import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { Actor } from './actor.js';
import { AppError } from './app-error.js';
import './route-access.js';

export const SESSION_COOKIE = 'policyops_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** CSRF token bound to one session: HMAC of the session id under the server secret. */
export function csrfTokenFor(sessionId: string, secret: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Sign in or send a valid API token');
  return request.actor;
}

/**
 * Resolves the caller from a Bearer token or the session cookie on every /api request, refuses
 * anonymous callers on non-public routes (401) and cookie-authenticated unsafe requests without
 * the session's CSRF token (403).
 */
export const authenticatePlugin = fp<{ auth: AuthService; secret: string }>(
  async (app: FastifyInstance, { auth, secret }) => {
    app.decorateRequest('actor', null);

    app.addHook('onRequest', async (request) => {
      // Unknown routes fall through to the 404 handler; the API reference is deliberately public.
      if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
      const access =
        request.routeOptions.config?.access ?? (request.url.startsWith('/api/docs') ? 'public' : 'authenticated');
      const meta = { requestId: request.id, ip: request.ip, userAgent: request.headers['user-agent'] ?? null };

      const authorization = request.headers.authorization;
      if (authorization) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        const actor = match ? await auth.authenticateApiToken(match[1]!, meta) : null;
        if (!actor) throw new AppError('UNAUTHENTICATED', 'The API token is invalid, expired or revoked');
        request.actor = actor;
        return;
      }

      const cookie = request.cookies[SESSION_COOKIE];
      if (cookie) request.actor = await auth.authenticateSession(cookie, meta);
      if (access === 'public') return;
      if (!request.actor) {
        throw new AppError(
          'UNAUTHENTICATED',
          cookie ? 'Your session has expired; sign in again' : 'Sign in or send a valid API token',
        );
      }
      if (UNSAFE_METHODS.has(request.method) && request.actor.sessionId) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(request.actor.sessionId, secret))) {
          throw new AppError('CSRF_TOKEN_INVALID', 'Send the X-CSRF-Token header from GET /api/auth/session');
        }
      }
    });
  },
);
