import {
  ERROR_STATUS,
  ERROR_TITLES,
  problemType,
  type ErrorCode,
  type FieldError,
  type Problem,
} from '@policyops/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './app-error.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
  FST_ERR_BAD_URL: 'BAD_REQUEST',
  FST_ERR_ASYNC_CONSTRAINT: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

const DB_UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08006',
  '53300',
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_IOERR',
  'SQLITE_CANTOPEN',
]);

function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string } | null;
  if (!e) return false;
  if (e.code && DB_UNAVAILABLE_CODES.has(e.code)) return true;
  const message = e.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|The database connection is not open|driver has already been destroyed/i.test(
    message,
  );
}

export function problemBody(code: ErrorCode, requestId: string, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: problemType(code),
    title: ERROR_TITLES[code],
    status: ERROR_STATUS[code],
    code,
    requestId,
    ...(detail ? { detail } : {}),
    ...(errors?.length ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem, headers?: Record<string, string>): FastifyReply {
  if (headers) reply.headers(headers);
  return reply.code(problem.status).type('application/problem+json').serializer(JSON.stringify).send(problem);
}

function validationFieldErrors(error: FastifyError): FieldError[] {
  if (!error.validation) return [];
  const where = error.validationContext ?? 'body';
  return error.validation.map((v) => {
    const path = v.instancePath.replace(/^\//, '').split('/').filter(Boolean).join('.');
    return { path: path ? `${where}.${path}` : where, message: v.message ?? 'Invalid value' };
  });
}

/** Turns every error into RFC 9457 problem+json; never leaks a stack trace. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return sendProblem(reply, problemBody(error.code, request.id, error.detail, error.fieldErrors), error.headers);
    }
    if (
      hasZodFastifySchemaValidationErrors(error) ||
      (Array.isArray(error.validation) && error.validation.length > 0)
    ) {
      return sendProblem(
        reply,
        problemBody('VALIDATION_FAILED', request.id, 'Some fields are invalid', validationFieldErrors(error)),
      );
    }
    if (error.code && FASTIFY_CODES[error.code]) {
      const code = FASTIFY_CODES[error.code]!;
      return sendProblem(reply, problemBody(code, request.id, error.message));
    }
    if (error.statusCode === 429) {
      return sendProblem(reply, problemBody('RATE_LIMITED', request.id, error.message));
    }
    if (isDatabaseUnavailable(error)) {
      request.log.error({ err: { message: error.message, code: error.code } }, 'database unavailable');
      return sendProblem(
        reply,
        problemBody(
          'SERVICE_UNAVAILABLE',
          request.id,
          'The database is unavailable; nothing was changed. Try again shortly.',
        ),
        { 'Retry-After': '5' },
      );
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(reply, problemBody('INTERNAL', request.id));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendProblem(reply, problemBody('BAD_REQUEST', request.id, error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(reply, problemBody('INTERNAL', request.id));
  });
}
