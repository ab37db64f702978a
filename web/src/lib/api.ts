// Only types from the contracts here: this module is in the entry chunk, and importing the
// contracts' values would pull zod into it.
import type { ErrorCode, FieldError, Problem } from '@policyops/contracts';

/** Codes the client adds for failures that never reached the API. */
export type ClientErrorCode = 'NETWORK_ERROR' | 'UNEXPECTED_RESPONSE';

/** The one error type of the web app: a parsed RFC 9457 problem (or a network failure). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | ClientErrorCode | (string & {});
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly requestId: string | undefined;
  /** Field errors as sent, e.g. `{ path: 'body.email', message: '…' }`. */
  readonly errors: FieldError[];
  /** Field errors keyed by path (`body.email`); the first message per path wins. */
  readonly fieldErrors: Record<string, string>;

  constructor(problem: Partial<Problem> & { status: number; code: string; title: string }) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.requestId = problem.requestId;
    this.errors = problem.errors ?? [];
    const byPath: Record<string, string> = {};
    for (const e of this.errors) byPath[e.path] ??= e.message;
    this.fieldErrors = byPath;
  }

  /** True when the problem carries this application code. */
  is(code: ErrorCode | ClientErrorCode): boolean {
    return this.code === code;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// The CSRF token of the current browser session. Set whenever a SessionInfo arrives
// (session load, login, setup, invitation acceptance) and sent on every unsafe request.
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | null | undefined | readonly string[];
export type QueryParams = Record<string, QueryValue>;

/** Builds `?a=1&b=2`, leaving out empty values; a list repeats its key (`?skip=a&skip=b`). */
export function toQueryString(params: QueryParams | undefined): string {
  if (!params) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value as readonly string[]) search.append(key, item);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: QueryParams;
  body?: unknown;
  /** Sent as is instead of the JSON body, with this content type (a zip upload, say). */
  raw?: { data: Blob; contentType: string };
  signal?: AbortSignal;
}

const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** For replies that are not problem+json (a proxy's 502, say): a code and title from the status. */
const FALLBACK: Record<number, { code: ErrorCode; title: string }> = {
  400: { code: 'BAD_REQUEST', title: 'The request is malformed' },
  401: { code: 'UNAUTHENTICATED', title: 'Sign in to continue' },
  403: { code: 'FORBIDDEN', title: 'You are not allowed to do this' },
  404: { code: 'NOT_FOUND', title: 'Not found' },
  409: { code: 'INVALID_STATE', title: 'Not possible in the current state' },
  413: { code: 'PAYLOAD_TOO_LARGE', title: 'The request body is too large' },
  429: { code: 'RATE_LIMITED', title: 'Too many requests' },
  503: { code: 'SERVICE_UNAVAILABLE', title: 'The service is temporarily unavailable' },
};

function fallbackFor(status: number): { code: ErrorCode; title: string } {
  return (
    FALLBACK[status] ??
    (status >= 500
      ? { code: 'INTERNAL', title: 'Something went wrong on our side' }
      : { code: 'BAD_REQUEST', title: `The request failed (${status})` })
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      const fallback = fallbackFor(response.status);
      return new ApiError({
        ...body,
        status: body.status ?? response.status,
        code: body.code ?? fallback.code,
        title: body.title ?? fallback.title,
      });
    } catch {
      // fall through to the generic error below
    }
  }
  return new ApiError({
    status: response.status,
    ...fallbackFor(response.status),
    requestId: response.headers.get('x-request-id') ?? undefined,
  });
}

async function send(method: Method, path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let body: string | Blob | undefined;
  if (UNSAFE.has(method)) {
    // Unsafe requests always carry a JSON body ({} when there is nothing to send), so that
    // routes declaring an empty-object body schema accept them too.
    headers['Content-Type'] = options.raw?.contentType ?? 'application/json';
    body = options.raw ? options.raw.data : JSON.stringify(options.body ?? {});
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  try {
    return await fetch(path + toQueryString(options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      title: "Can't reach PolicyOps",
      detail: 'Check your connection and try again.',
    });
  }
}

/** Refreshes the CSRF token from the session (used once when the server refuses a stale one). */
async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/auth/session', {});
  if (!response.ok) return false;
  const session = (await response.json()) as { csrfToken?: string };
  if (!session.csrfToken) return false;
  setCsrfToken(session.csrfToken);
  return true;
}

/** Sends the request (again once with a fresh CSRF token if needed); throws ApiError unless 2xx. */
async function sendOk(method: Method, path: string, options: RequestOptions): Promise<Response> {
  let response = await send(method, path, options);
  if (!response.ok && response.status === 403 && UNSAFE.has(method)) {
    const error = await toApiError(response.clone());
    if (error.is('CSRF_TOKEN_INVALID') && (await refreshCsrfToken())) {
      response = await send(method, path, options);
    }
  }
  if (!response.ok) throw await toApiError(response);
  return response;
}

/**
 * Calls the API and returns the parsed JSON body (undefined for 204).
 * Throws ApiError for every non-2xx reply, parsed from its problem+json body.
 */
export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const response = await sendOk(method, path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError({
      status: response.status,
      code: 'UNEXPECTED_RESPONSE',
      title: 'The server sent an unexpected reply',
    });
  }
}

/** The file name a Content-Disposition header suggests (`attachment; filename="x.zip"`), if any. */
export function fileNameOf(contentDisposition: string | null): string | null {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

/**
 * Downloads a file the API sends as an attachment, for the caller to save: a GET, or a POST
 * where producing the file is itself recorded (the library export). Throws ApiError like `request`.
 */
export async function download(
  path: string,
  options: { method?: 'GET' | 'POST'; query?: QueryParams } = {},
): Promise<{ blob: Blob; fileName: string | null }> {
  const response = await sendOk(options.method ?? 'GET', path, { query: options.query });
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('content-disposition')) };
}

/** Typed shorthand for the API routes under /api. */
export const api = {
  get: <T>(path: string, query?: QueryParams, signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string, query?: QueryParams) => request<T>('DELETE', path, { query }),
};

/** Encodes one path segment (ids and tokens come from URLs and users). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}
