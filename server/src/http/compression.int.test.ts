import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../test/test-app.js';

// The OpenAPI document: a large JSON reply anyone may fetch.
const LARGE = '/api/openapi.json';

describe.each(DIALECTS)('compressed API replies on %s', (dialect) => {
  let t: TestApp;
  let identity: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    identity = (await t.app.inject({ method: 'GET', url: LARGE })).body;
  });
  afterAll(async () => t.close());

  const get = (url: string, acceptEncoding: string) =>
    t.app.inject({ method: 'GET', url, headers: { 'accept-encoding': acceptEncoding } });

  it('sends a large reply brotli-compressed to a browser', async () => {
    expect(identity.length).toBeGreaterThan(32 * 1024);
    const res = await get(LARGE, 'gzip, deflate, br');
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(identity.length / 4);
    expect(brotliDecompressSync(res.rawPayload).toString()).toBe(identity);
  });

  it('sends gzip to a client that accepts only gzip, and plain JSON to one that accepts nothing', async () => {
    const gzipped = await get(LARGE, 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(identity);
    const plain = await t.app.inject({ method: 'GET', url: LARGE });
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('leaves small replies such as a page of the directory uncompressed', async () => {
    const admin = await t.signIn('admin');
    const res = await admin.request({
      method: 'GET',
      url: '/api/users?limit=50',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.json().items.length).toBeGreaterThan(0);
  });

  it('does not accept a compressed request body', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ email: 'nobody@example.com', password: 'not a password at all' })),
    });
    expectProblem(res, 400);
  });
});
