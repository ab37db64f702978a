import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestMeta, StartedSession } from '../modules/auth/auth.service.js';
import { SESSION_COOKIE } from './authenticate.js';

export function requestMeta(request: FastifyRequest): RequestMeta {
  return { requestId: request.id, ip: request.ip ?? null, userAgent: request.headers['user-agent'] ?? null };
}

export function setSessionCookie(reply: FastifyReply, started: StartedSession, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, started.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: new Date(started.info.expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}
