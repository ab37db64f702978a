import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp } from '../test/test-app.js';

const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(400))};\n`;
const HASHED = '/assets/index-Bx7kQ2aZ.js';
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** A built web app as the post-build step leaves it: each asset with its .br and .gz beside it. */
function writeWebDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'policyops-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>PolicyOps</title><script src="${HASHED}"></script>`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(dir, HASHED), SCRIPT);
  writeFileSync(join(dir, `${HASHED}.br`), brotliCompressSync(SCRIPT));
  writeFileSync(join(dir, `${HASHED}.gz`), gzipSync(SCRIPT));
  return dir;
}

describe.each(DIALECTS)('static web assets on %s', (dialect) => {
  let t: TestApp;
  let webDist: string;
  beforeAll(async () => {
    webDist = writeWebDist();
    t = await createTestApp(dialect, { WEB_DIST: webDist });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('serves the precompressed brotli file to a browser that accepts br', async () => {
    const res = await get(HASHED, 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
  });

  it('serves the gzip file to a client that accepts only gzip', async () => {
    const res = await get(HASHED, 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toMatch(/javascript/);
  });

  it('serves the file as it is to a client that accepts no encoding', async () => {
    const res = await get(HASHED);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body).toBe(SCRIPT);
  });

  it('lets browsers keep hashed assets for a year without asking again', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      expect((await get(HASHED, encoding)).headers['cache-control']).toBe(IMMUTABLE);
    }
  });

  it('makes browsers revalidate the app shell and unhashed files on every visit', async () => {
    for (const url of ['/', '/policies/hate-speech', '/index.html', '/favicon.svg']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers.etag, url).toBeTruthy();
      // No .br beside these in this build: sent as they are, never compressed per request.
      expect(res.headers['content-encoding'], url).toBeUndefined();
    }
    expect((await get('/')).body).toContain('<title>PolicyOps</title>');
  });

  it('answers a revalidation of the app shell with 304', async () => {
    const first = await get('/');
    const again = await t.app.inject({
      method: 'GET',
      url: '/',
      headers: { 'if-none-match': String(first.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
  });

  it('keeps a missing asset a 404 problem rather than the app shell', async () => {
    const res = await get('/assets/missing-0000.js', 'br');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});
