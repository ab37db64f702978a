import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { buildApp } from '../app.js';
import { loadConfig } from '../config/config.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../test/test-app.js';

describe.each(DIALECTS)('HTTP errors and headers on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('answers unknown API routes with a 404 problem', async () => {
    const res = await t.anonymous.get('/api/no-such-thing');
    const problem = expectProblem(res, 404, 'ROUTE_NOT_FOUND');
    expect(problem).toMatchObject({ type: 'https://policyops.dev/problems/route-not-found', status: 404 });
    expect(res.json().requestId).toBe(res.headers['x-request-id']);
  });

  it('refuses oversized bodies with 413, wrong content types with 415 and broken JSON with 400', async () => {
    const huge = JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) });
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/json' },
        payload: huge,
      }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'text/plain' },
        payload: 'hello',
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    expectProblem(
      await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/xml' },
        payload: '<a/>',
      }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    );
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":',
    });
    expectProblem(broken, 400, 'BAD_REQUEST');
    expect(broken.body).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses NUL characters on both databases, naming the field', async () => {
    const problem = expectProblem(
      await t.anonymous.post('/api/auth/login', { email: 'a@example.com', password: 'bad\u0000password' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors).toEqual([{ path: 'body.password', message: 'Must not contain NUL characters' }]);
  });

  it('sends security headers on API replies and pages', async () => {
    for (const url of ['/api/setup', '/healthz', '/api/nope']) {
      const res = await t.anonymous.get(url);
      expect(res.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    }
  });

  it('serves a valid OpenAPI 3.1 document naming every API route', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const operations = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (p) => Object.values(p),
    );
    const ids = operations.map((o) => o.operationId);
    for (const route of t.routes) expect(ids).toContain(route.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect((await t.anonymous.get('/api/docs/')).statusCode).toBe(200);
  });

  it('reports readiness', async () => {
    expect((await t.anonymous.get('/readyz')).json()).toEqual({ status: 'ok', database: dialect });
  });
});

describe('rate limiting', () => {
  it('answers 429 problem+json with Retry-After once the login limit is reached', async () => {
    const t = await createTestApp('sqlite', { LOGIN_RATE_PER_MINUTE: '3' });
    try {
      const attempt = () => t.anonymous.post('/api/auth/login', { email: 'x@example.com', password: 'wrong password' });
      for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
      const limited = await attempt();
      expectProblem(limited, 429, 'RATE_LIMITED');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      await t.close();
    }
  });
});

describe('database unavailable', () => {
  const config = loadConfig({
    DATABASE_URL: 'postgres://postgres@127.0.0.1:1/none',
    SESSION_SECRET: 'x'.repeat(40),
    LOG_LEVEL: 'silent',
  });
  const database = openDatabase(config.database);
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  beforeAll(async () => {
    app = (await buildApp(config, database, { logger: false })).app;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('answers 503 problem+json, and /readyz fails while /healthz still answers', async () => {
    expectProblem(
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'a@example.com', password: 'whatever password' },
      }),
      503,
      'SERVICE_UNAVAILABLE',
    );
    expectProblem(
      await app.inject({ method: 'GET', url: '/api/users', headers: { cookie: 'policyops_session=abc' } }),
      503,
      'SERVICE_UNAVAILABLE',
    );
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503);
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
