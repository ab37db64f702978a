import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const URL = '/api/workspace/settings';

describe.each(DIALECTS)('workspace settings on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
  });
  afterEach(async () => t.close());

  it('starts with automatic changelog publication off; an admin turns it on with the current version, audited', async () => {
    const initial = await admin.get(URL);
    expect(initial.statusCode).toBe(200);
    expect(initial.json()).toMatchObject({
      autoPublishChangelog: false,
      version: 1,
      updatedAt: null,
      updatedBy: null,
      abilities: { update: true },
    });
    const saved = await admin.patch(URL, { version: 1, autoPublishChangelog: true });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      autoPublishChangelog: true,
      version: 2,
      updatedBy: { id: admin.userId },
    });
    expect((await admin.get(URL)).json().autoPublishChangelog).toBe(true);

    const [event] = (await admin.get('/api/audit-events?action=workspace.settings_updated')).json().items;
    expect(event).toMatchObject({
      entityType: 'workspace',
      entityId: 'workspace',
      before: { autoPublishChangelog: false, version: 1 },
      after: { autoPublishChangelog: true, version: 2 },
    });
  });

  it('refuses a stale version and leaves the setting as it was', async () => {
    await admin.patch(URL, { version: 1, autoPublishChangelog: true });
    expectProblem(await admin.patch(URL, { version: 1, autoPublishChangelog: false }), 409, 'VERSION_CONFLICT');
    expect((await admin.get(URL)).json()).toMatchObject({ autoPublishChangelog: true, version: 2 });
  });

  it('validates the body, naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ version: 1, autoPublishChangelog: 'yes' }, 'body.autoPublishChangelog'],
      [{ autoPublishChangelog: true }, 'body.version'],
      [{ version: 0, autoPublishChangelog: true }, 'body.version'],
      [{ version: 1, autoPublishChangelog: true, theme: 'dark' }, 'body'],
    ];
    for (const [body, path] of cases) {
      const problem = expectProblem(await admin.patch(URL, body), 400, 'VALIDATION_FAILED');
      expect(
        problem.errors?.map((e) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    expect((await admin.get(URL)).json().version).toBe(1);
  });

  it('lets everyone signed in read the setting and only admins change it', async () => {
    for (const role of ['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const client = await t.signIn(role);
      expect((await client.get(URL)).json().abilities, role).toEqual({ update: false });
      expectProblem(await client.patch(URL, { version: 1, autoPublishChangelog: true }), 403, 'FORBIDDEN');
    }
    expectProblem(await t.anonymous.get(URL), 401, 'UNAUTHENTICATED');
    expectProblem(await t.anonymous.patch(URL, { version: 1, autoPublishChangelog: true }), 401, 'UNAUTHENTICATED');
    expect((await admin.get(URL)).json()).toMatchObject({ autoPublishChangelog: false, version: 1 });
  });
});
