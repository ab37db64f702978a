import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { Actor } from './actor.js';
import { AppError } from './app-error.js';
import './route-access.js';

export const SESSION_COOKIE = 'policyops_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// A local install is reached by any of these names; they all are this machine.
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyContextConfig {
    /**
     * On a public route: a caller who does have a live session is still held to the CSRF token and
     * the origin check on unsafe methods (sign-out, so another site cannot end the session).
     */
    protectSignedIn?: boolean;
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

/**
 * The origins a browser may send cookie-authenticated writes from: PUBLIC_URL's, and for a
 * loopback PUBLIC_URL its loopback aliases on the same scheme and port.
 */
export function allowedOriginsFor(publicUrl: string): Set<string> {
  const url = new URL(publicUrl);
  if (!LOOPBACK_HOSTS.includes(url.hostname)) return new Set([url.origin]);
  return new Set(
    LOOPBACK_HOSTS.map((host) => {
      const alias = new URL(url.origin);
      alias.hostname = host;
      return alias.origin;
    }),
  );
}

/** The origin the request says it came from (Origin, else Referer's); undefined when it says neither. */
function claimedOrigin(request: FastifyRequest): string | undefined {
  const header = request.headers.origin ?? request.headers.referer;
  if (header === undefined) return undefined;
  try {
    return new URL(String(header)).origin;
  } catch {
    return 'invalid';
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('UNAUTHENTICATED', 'Sign in or send a valid API token');
  return request.actor;
}

/**
 * Resolves the caller from a Bearer token or the session cookie on every /api request, refuses
 * anonymous callers on non-public routes (401), and refuses cookie-authenticated unsafe requests
 * sent from another origin (403 ORIGIN_NOT_ALLOWED, judged by Origin or else Referer; a request
 * with neither is let through to the token check) or without the session's CSRF token (403
 * CSRF_TOKEN_INVALID). Bearer-token requests carry no ambient credential and skip both.
 */
export const authenticatePlugin = fp<{ auth: AuthService; secret: string; publicUrl: string }>(
  async (app: FastifyInstance, { auth, secret, publicUrl }) => {
    app.decorateRequest('actor', null);
    const allowedOrigins = allowedOriginsFor(publicUrl);
    const publicOrigin = new URL(publicUrl).origin;

    app.addHook('onRequest', async (request) => {
      // Unknown routes fall through to the 404 handler; the API reference is deliberately public.
      if (!request.url.startsWith('/api/') || request.routeOptions.url === undefined) return;
      const config = request.routeOptions.config;
      const access = config?.access ?? (request.url.startsWith('/api/docs') ? 'public' : 'authenticated');
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
      if (access === 'public' && !(config?.protectSignedIn && request.actor)) return;
      if (!request.actor) {
        throw new AppError(
          'UNAUTHENTICATED',
          cookie ? 'Your session has expired; sign in again' : 'Sign in or send a valid API token',
        );
      }
      if (UNSAFE_METHODS.has(request.method) && request.actor.sessionId) {
        const origin = claimedOrigin(request);
        if (origin !== undefined && !allowedOrigins.has(origin)) {
          throw new AppError(
            'ORIGIN_NOT_ALLOWED',
            `Changes with a session cookie are accepted from ${publicOrigin} only (PUBLIC_URL)`,
          );
        }
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, csrfTokenFor(request.actor.sessionId, secret))) {
          throw new AppError('CSRF_TOKEN_INVALID', 'Send the X-CSRF-Token header from GET /api/auth/session');
        }
      }
    });
  },
);
