import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setCsrfToken, toQueryString } from './api';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json' } });

function stubFetch(...replies: (Response | Error)[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = replies.shift();
    if (!next) throw new Error('unexpected request');
    if (next instanceof Error) throw next;
    return next;
  });
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('api client', () => {
  it('parses a problem+json reply into an ApiError with field errors by path', async () => {
    stubFetch(problem(400, { code: 'VALIDATION_FAILED', title: 'The request has invalid fields', errors: [{ path: 'body.email', message: 'Enter a valid e-mail address' }] }));
    const error = await api.post('/api/invitations', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).is('VALIDATION_FAILED')).toBe(true);
    expect((error as ApiError).fieldErrors).toEqual({ 'body.email': 'Enter a valid e-mail address' });
  });

  it('sends JSON with the CSRF token on unsafe requests, and none on reads', async () => {
    setCsrfToken('csrf-1');
    const calls = stubFetch(new Response(null, { status: 204 }), new Response('{"items":[]}', { status: 200, headers: { 'content-type': 'application/json' } }));
    expect(await api.delete('/api/teams/1', { version: 2 })).toBeUndefined();
    expect(await api.get('/api/teams', { function: 'legal', q: '' })).toEqual({ items: [] });
    expect(calls[0]!.url).toBe('/api/teams/1?version=2');
    expect(calls[0]!.init.headers).toMatchObject({ 'X-CSRF-Token': 'csrf-1', 'Content-Type': 'application/json' });
    expect(calls[0]!.init.body).toBe('{}');
    expect(calls[1]!.url).toBe('/api/teams?function=legal');
    expect(calls[1]!.init.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('refreshes a stale CSRF token once and retries', async () => {
    setCsrfToken('stale');
    const calls = stubFetch(
      problem(403, { code: 'CSRF_TOKEN_INVALID', title: 'The request is missing a valid CSRF token' }),
      new Response('{"csrfToken":"fresh"}', { status: 200, headers: { 'content-type': 'application/json' } }),
      new Response('{"ok":true}', { status: 201, headers: { 'content-type': 'application/json' } }),
    );
    expect(await api.post('/api/teams', { name: 'Legal' })).toEqual({ ok: true });
    expect(calls[2]!.init.headers).toMatchObject({ 'X-CSRF-Token': 'fresh' });
  });

  it('turns a non-JSON gateway error and a network failure into readable errors', async () => {
    stubFetch(new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }), new TypeError('fetch failed'));
    const gateway = (await api.get('/api/users').catch((e: unknown) => e)) as ApiError;
    expect(gateway).toMatchObject({ status: 502, code: 'INTERNAL' });
    const offline = (await api.get('/api/users').catch((e: unknown) => e)) as ApiError;
    expect(offline).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('leaves empty values out of query strings', () => {
    expect(toQueryString({ a: 1, b: '', c: null, d: undefined, e: false })).toBe('?a=1&e=false');
    expect(toQueryString({})).toBe('');
  });
});
