import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, download, fileNameOf, request, setCsrfToken, toQueryString } from './api';

const problem = (status: number, body: object) =>
  new Response(JSON.stringify({ status, ...body }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

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
    stubFetch(
      problem(400, {
        code: 'VALIDATION_FAILED',
        title: 'The request has invalid fields',
        errors: [{ path: 'body.email', message: 'Enter a valid e-mail address' }],
      }),
    );
    const error = await api.post('/api/invitations', { email: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).is('VALIDATION_FAILED')).toBe(true);
    expect((error as ApiError).fieldErrors).toEqual({ 'body.email': 'Enter a valid e-mail address' });
  });

  it('sends JSON with the CSRF token on unsafe requests, and none on reads', async () => {
    setCsrfToken('csrf-1');
    const calls = stubFetch(
      new Response(null, { status: 204 }),
      new Response('{"items":[]}', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
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
    stubFetch(
      new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
      new TypeError('fetch failed'),
    );
    const gateway = (await api.get('/api/users').catch((e: unknown) => e)) as ApiError;
    expect(gateway).toMatchObject({ status: 502, code: 'INTERNAL' });
    const offline = (await api.get('/api/users').catch((e: unknown) => e)) as ApiError;
    expect(offline).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });

  it('leaves empty values out of query strings and repeats the key of a list', () => {
    expect(toQueryString({ a: 1, b: '', c: null, d: undefined, e: false })).toBe('?a=1&e=false');
    expect(toQueryString({})).toBe('');
    expect(toQueryString({ dryRun: true, confirm: ['a/1.md', 'b/2.md'], skip: [] })).toBe(
      '?dryRun=true&confirm=a%2F1.md&confirm=b%2F2.md',
    );
  });

  it('sends a raw body as is, with its content type and the CSRF token', async () => {
    setCsrfToken('csrf-1');
    const calls = stubFetch(
      new Response('{"applied":true}', { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    const data = new Blob([new Uint8Array([80, 75, 3, 4])]);
    expect(
      await request('POST', '/api/library/import', {
        query: { dryRun: false },
        raw: { data, contentType: 'application/zip' },
      }),
    ).toEqual({ applied: true });
    expect(calls[0]!.url).toBe('/api/library/import?dryRun=false');
    expect(calls[0]!.init.headers).toMatchObject({ 'X-CSRF-Token': 'csrf-1', 'Content-Type': 'application/zip' });
    expect(calls[0]!.init.body).toBe(data);
  });

  it('downloads an attachment with its file name, and parses a refusal as a problem', async () => {
    setCsrfToken('csrf-2');
    const calls = stubFetch(
      new Response(new Uint8Array([1, 2, 3]), {
        status: 200,
        headers: {
          'content-type': 'application/zip',
          'content-disposition': 'attachment; filename="policyops-library-2026-01-02.zip"',
        },
      }),
      problem(403, { code: 'FORBIDDEN', title: 'You are not allowed to do this' }),
    );
    const file = await download('/api/library/export', { method: 'POST' });
    expect(calls[0]!.init.method).toBe('POST');
    expect(calls[0]!.init.headers).toMatchObject({ 'X-CSRF-Token': 'csrf-2' });
    expect(file.fileName).toBe('policyops-library-2026-01-02.zip');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    await expect(download('/api/library/export', { method: 'POST' })).rejects.toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('reads the file name of a Content-Disposition header', () => {
    expect(fileNameOf('attachment; filename="a b.zip"')).toBe('a b.zip');
    expect(fileNameOf("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.zip")).toBe('résumé.zip');
    expect(fileNameOf(null)).toBeNull();
  });
});
