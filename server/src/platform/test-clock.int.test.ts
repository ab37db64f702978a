import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../test/test-app.js';
import { addDays, isoDay } from './clock.js';

describe.each(DIALECTS)('the test clock route on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('exists only with TEST_CLOCK=1', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    expectProblem(await admin.put('/api/test/clock', { today: '2027-01-16' }), 404, 'ROUTE_NOT_FOUND');
    expect(t.routes.some((r) => r.url === '/api/test/clock')).toBe(false);
  });

  it('lets an admin move what the server takes as today, and every state follows', async () => {
    t = await createTestApp(dialect, { TEST_CLOCK: '1' });
    const admin = await t.signIn('admin');
    const owner = await t.signIn('policy_owner');
    const areaId = (await admin.post('/api/policy-areas', { name: 'Area' })).json().id;
    await admin.post('/api/policies', { title: 'Rules', slug: 'rules', areaId });
    const draft = (await owner.post('/api/policies/rules/versions', { body: 'Rules.' })).json();
    const url = `/api/policies/rules/versions/${draft.id}`;
    const future = addDays(isoDay(new Date()), 20);
    await owner.post(`${url}/transitions`, { version: 1, action: 'submit' });
    await admin.post(`${url}/transitions`, { version: 2, action: 'approve', effectiveDate: future });
    await admin.post(`${url}/transitions`, { version: 3, action: 'publish' });
    expect((await owner.get(url)).json().state).toBe('scheduled');

    expectProblem(await owner.put('/api/test/clock', { today: future }), 403, 'FORBIDDEN');
    const moved = await admin.put('/api/test/clock', { today: future });
    expect(moved.json()).toEqual({ today: future, offsetDays: 20 });
    expect((await owner.get(url)).json().state).toBe('live');
    expect((await admin.put('/api/test/clock', { today: null })).json().offsetDays).toBe(0);
    expect((await owner.get(url)).json().state).toBe('scheduled');
    expectProblem(await admin.put('/api/test/clock', { today: 'tomorrow' }), 400, 'VALIDATION_FAILED');
  });
});
