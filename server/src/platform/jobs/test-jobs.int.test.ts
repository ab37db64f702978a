import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('the test route that runs a scheduled job now on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('queues a scheduled job off its cron for admins, and names an unknown one', async () => {
    t = await createTestApp(dialect, { TEST_CLOCK: '1' });
    const admin = await t.signIn('admin');
    const viewer = await t.signIn('viewer');
    const url = '/api/test/jobs/scheduled/change_request.overdue/run';
    const sent = await admin.post(url);
    expect(sent.statusCode).toBe(201);
    const second = await admin.post(url);
    expect(second.json().id).not.toBe(sent.json().id);
    expectProblem(await admin.post('/api/test/jobs/scheduled/no.such.job/run'), 404, 'NOT_FOUND');
    expectProblem(await viewer.post(url), 403, 'FORBIDDEN');
  });
});
