import { ROLES, roleHas, type Permission, type Role } from '@policyops/contracts';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_SAMPLES, createSampleRecords, type SampleIds } from './route-samples.js';
import { DIALECTS, createTestApp, type TestApp } from './test-app.js';

/**
 * Walks every API route x every role (and anonymous callers): a role the route's declared
 * access does not grant must get 403, an allowed one must get past authorisation, and an
 * anonymous caller must get 401 unless the route is public.
 */
function codeOf(body: string): string | null {
  try {
    return (JSON.parse(body) as { code?: string }).code ?? null;
  } catch {
    return null;
  }
}

describe.each(DIALECTS)('route x role access matrix on %s', (dialect) => {
  let t: TestApp;
  let ids: SampleIds;
  const tokens = new Map<Role, string>();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    for (const role of ROLES) {
      const client = await t.signIn(role);
      tokens.set(role, (await client.post('/api/account/tokens', { name: 'matrix' })).json().secret);
    }
    const admin = await t.signIn('admin');
    const target = await t.signIn('viewer');
    ids = await createSampleRecords(admin, target.userId);
  });
  afterAll(async () => t.close());

  const send = (method: string, operationId: string, headers: Record<string, string>) => {
    const sample = ROUTE_SAMPLES[operationId];
    if (!sample) throw new Error(`No sample request for ${operationId}: add one to test/route-samples.ts`);
    const request = sample(ids);
    return t.app.inject({
      method: method as InjectOptions['method'],
      ...request,
      headers: { ...(request.headers as Record<string, string> | undefined), ...headers },
    });
  };

  it('has a sample for every route', () => {
    const missing = t.routes
      .filter((r) => !r.operationId || !ROUTE_SAMPLES[r.operationId])
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('refuses anonymous callers on every non-public route with 401', async () => {
    for (const route of t.routes) {
      const res = await send(route.method, route.operationId!, {});
      const label = `${route.method} ${route.url}`;
      if (route.access === 'public') expect(codeOf(res.body), label).not.toBe('UNAUTHENTICATED');
      else expect({ label, status: res.statusCode }).toEqual({ label, status: 401 });
    }
  });

  it.each(ROLES)('grants and refuses %s exactly as the permission table says', async (role) => {
    const headers = { authorization: `Bearer ${tokens.get(role)}` };
    // Destructive samples last, so that earlier ones still find their records.
    const ordered = [...t.routes].sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
    for (const route of ordered) {
      if (route.operationId === 'completeSetup') continue;
      const res = await send(route.method, route.operationId!, headers);
      const allowed =
        route.access === 'public' || route.access === 'authenticated' || roleHas(role, route.access as Permission);
      const label = `${role} ${route.method} ${route.url}`;
      if (allowed) {
        expect(['UNAUTHENTICATED', 'FORBIDDEN'], `${label}: ${res.body}`).not.toContain(codeOf(res.body));
        expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
      } else {
        expect({ label, status: res.statusCode, code: codeOf(res.body) }).toEqual({
          label,
          status: 403,
          code: 'FORBIDDEN',
        });
      }
    }
  });
});
