import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

const URL = '/api/account/notification-settings';

describe.each(DIALECTS)('my notification settings on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('starts off, saves a choice per person and says whether the server sends mail', async () => {
    const me = await t.signIn('viewer');
    const other = await t.signIn('viewer');
    expect((await me.get(URL)).json()).toEqual({ email: 'off', mailEnabled: false, version: 1 });
    const saved = await me.put(URL, { email: 'each', version: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({ email: 'each', mailEnabled: false, version: 2 });
    expect((await me.get(URL)).json()).toEqual({ email: 'each', mailEnabled: false, version: 2 });
    expect((await me.put(URL, { email: 'off', version: 2 })).json()).toEqual({
      email: 'off',
      mailEnabled: false,
      version: 3,
    });
    expect((await other.get(URL)).json()).toEqual({ email: 'off', mailEnabled: false, version: 1 });
  });

  it('names the field of an unknown choice', async () => {
    const me = await t.signIn('viewer');
    const problem = expectProblem(await me.put(URL, { email: 'hourly', version: 1 }), 400, 'VALIDATION_FAILED');
    expect(problem.errors?.[0]?.path).toBe('body.email');
    expect((await me.get(URL)).json().email).toBe('off');
  });

  it('refuses a stale version with 409, keeping the newer choice', async () => {
    const me = await t.signIn('viewer');
    expect((await me.put(URL, { email: 'each', version: 1 })).statusCode).toBe(200);
    expectProblem(await me.put(URL, { email: 'off', version: 1 }), 409, 'VERSION_CONFLICT');
    expectProblem(await me.put(URL, { email: 'off', version: 7 }), 409, 'VERSION_CONFLICT');
    expect((await me.get(URL)).json()).toMatchObject({ email: 'each', version: 2 });
  });

  it('refuses anonymous callers with 401', async () => {
    expectProblem(await t.anonymous.get(URL), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.put(URL, { email: 'each', version: 1 }), 401, 'UNAUTHENTICATED');
  });
});
