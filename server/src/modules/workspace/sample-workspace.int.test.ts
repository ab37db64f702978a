import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';
import { SAMPLE_POLICY_AREAS } from './people-and-teams.sample.js';

describe.each(DIALECTS)('sample workspace on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('loads teams for every policy area and XFN function with a dozen people, once', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.get('/api/workspace/sample')).json()).toMatchObject({ loaded: false, sections: ['People and teams'] });
    const loaded = await admin.post('/api/workspace/sample');
    expect(loaded.statusCode).toBe(201);
    expect(loaded.json().created).toMatchObject({ teams: 17, people: 13 });
    const teams = (await admin.get('/api/teams')).json().items.map((team: { name: string }) => team.name);
    for (const area of SAMPLE_POLICY_AREAS) expect(teams).toContain(`${area} Policy`);
    const functions = new Set((await admin.get('/api/teams')).json().items.map((team: { function: string }) => team.function));
    expect(functions.size).toBe(8);
    expect((await admin.get('/api/workspace/sample')).json().loaded).toBe(true);
    expectProblem(await admin.post('/api/workspace/sample'), 409, 'INVALID_STATE');
    expect(await t.services.audit.verify()).toMatchObject({ ok: true });
  });

  it('is loaded by admins only', async () => {
    const pm = await t.signIn('program_manager');
    expectProblem(await pm.post('/api/workspace/sample'), 403, 'FORBIDDEN');
    expect((await pm.get('/api/workspace/sample')).json().loaded).toBe(false);
  });
});
