import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_SAMPLES, createSampleRecords, type SampleIds } from './route-samples.js';
import { DIALECTS, createTestApp, type TestApp } from './test-app.js';

interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: { name: string; in: string }[];
  hasBody: boolean;
}

const BAD_SCALARS: unknown[] = [
  'x'.repeat(5000),
  -1,
  1e308,
  true,
  null,
  [],
  {},
  '\u0000',
  "'; drop table users; --",
  { $gt: '' },
];
const BAD_PATH_VALUES = ['not-a-uuid', 'x'.repeat(180), '%00', '..%2F..%2Fetc%2Fpasswd', '%E2%80%AE', '-1'];
const BAD_QUERY_VALUES = ['abc', '-1', '99999999999999999999', '', 'x'.repeat(3000), '%00', '2026-13-45'];

function operationsOf(doc: {
  paths: Record<
    string,
    Record<string, { operationId?: string; parameters?: { name: string; in: string }[]; requestBody?: unknown }>
  >;
}): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([, op]) => op.operationId)
      .map(([method, op]) => ({
        method: method.toUpperCase(),
        path,
        operationId: op.operationId!,
        parameters: op.parameters ?? [],
        hasBody: !!op.requestBody,
      })),
  );
}

/** Mutations of a valid body: each field replaced by each wrong value, plus wrong top-level shapes. */
function bodyMutations(valid: unknown): unknown[] {
  const out: unknown[] = [
    [],
    'a string',
    42,
    { __proto__: { admin: true }, constructor: { prototype: { admin: true } } },
    { deeply: JSON.parse('['.repeat(200) + ']'.repeat(200)) },
  ];
  if (valid && typeof valid === 'object') {
    for (const key of Object.keys(valid)) {
      for (const bad of BAD_SCALARS) out.push({ ...(valid as object), [key]: bad });
      const without = { ...(valid as Record<string, unknown>) };
      delete without[key];
      out.push(without);
    }
  }
  return out;
}

/**
 * Generated from the OpenAPI document, so it covers routes added later without edits: every
 * route gets malformed path parameters, query strings and bodies, and must answer with a 4xx
 * problem+json (or succeed, where the input is merely unusual) and never a 5xx.
 */
describe.each(DIALECTS)('malformed input sweep on %s', (dialect) => {
  let t: TestApp;
  let ids: SampleIds;
  let admin: Record<string, string>;
  let operations: Operation[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const client = await t.signIn('admin');
    admin = { authorization: `Bearer ${(await client.post('/api/account/tokens', { name: 'sweep' })).json().secret}` };
    ids = await createSampleRecords(client, client.userId);
    operations = operationsOf((await t.anonymous.get('/api/openapi.json')).json()).filter((op) =>
      op.path.startsWith('/api/'),
    );
  });
  afterAll(async () => t.close());

  const failures: string[] = [];
  const check = (label: string, res: LightMyRequestResponse, mustFail: boolean) => {
    const isProblem = String(res.headers['content-type'] ?? '').startsWith('application/problem+json');
    if (res.statusCode >= 500) failures.push(`${label} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400 && !isProblem) failures.push(`${label} -> ${res.statusCode} without problem+json`);
    else if (mustFail && res.statusCode < 400) failures.push(`${label} -> ${res.statusCode}, expected a 4xx`);
    if (/\bat .+:\d+:\d+/.test(res.body)) failures.push(`${label} -> leaks a stack trace`);
  };

  it('covers every documented route with a sample', () => {
    expect(operations.length).toBeGreaterThan(25);
    expect(operations.filter((op) => !ROUTE_SAMPLES[op.operationId]).map((op) => op.operationId)).toEqual([]);
  });

  it('answers malformed path parameters, query strings and bodies with 4xx problem+json, never 5xx', async () => {
    for (const op of operations) {
      const sample = ROUTE_SAMPLES[op.operationId]!(ids);
      const method = op.method as InjectOptions['method'];
      const [samplePath, sampleQuery] = String(sample.url).split('?');
      const send = (url: string, payload?: unknown) =>
        t.app.inject({
          method,
          url,
          headers: { ...admin, ...(payload === undefined ? {} : { 'content-type': 'application/json' }) },
          ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
        });

      for (const param of op.parameters.filter((p) => p.in === 'path')) {
        for (const bad of BAD_PATH_VALUES) {
          const url = op.path.replace(/\{(\w+)\}/g, (_, name: string) =>
            name === param.name ? bad : (samplePath!.split('/')[op.path.split('/').indexOf(`{${name}}`)] ?? 'x'),
          );
          check(
            `${op.operationId} path ${param.name}=${bad.slice(0, 20)}`,
            await send(url, sample.payload),
            bad !== '-1' || op.method !== 'GET',
          );
        }
      }
      for (const param of op.parameters.filter((p) => p.in === 'query')) {
        for (const bad of BAD_QUERY_VALUES) {
          const query = new URLSearchParams(sampleQuery ?? '');
          query.set(param.name, bad);
          check(
            `${op.operationId} query ${param.name}=${bad.slice(0, 20)}`,
            await send(`${samplePath}?${query.toString()}`, sample.payload),
            false,
          );
        }
      }
      if (op.hasBody) {
        const invalidJson = await t.app.inject({
          method,
          url: String(sample.url),
          headers: { ...admin, 'content-type': 'application/json' },
          payload: '{"unterminated": ',
        });
        check(`${op.operationId} invalid JSON`, invalidJson, true);
        for (const [i, body] of bodyMutations(sample.payload).entries()) {
          check(
            `${op.operationId} body #${i}`,
            await send(String(sample.url), body),
            i < 3 && sample.payload !== undefined,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
