import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp } from '../../test/test-app.js';

describe.each(DIALECTS)('teams on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('creates, renames with the current version, refuses stale and duplicate names, deletes', async () => {
    const pm = await t.signIn('program_manager');
    const created = await pm.post('/api/teams', {
      name: 'Hate Speech Policy',
      function: 'policy',
      description: 'Owns hate speech rules',
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({ version: 1, memberCount: 0, abilities: { update: true, delete: true } });
    await pm.post('/api/teams', { name: 'Moderation Operations', function: 'moderation_ops' });
    expectProblem(
      await pm.post('/api/teams', { name: 'Hate Speech Policy', function: 'policy' }),
      409,
      'ALREADY_EXISTS',
    );
    expectProblem(
      await pm.patch(`/api/teams/${team.id}`, { version: 1, name: 'Moderation Operations' }),
      409,
      'ALREADY_EXISTS',
    );

    const renamed = await pm.patch(`/api/teams/${team.id}`, { version: 1, name: 'Hate & Extremism Policy' });
    expect(renamed.json()).toMatchObject({ name: 'Hate & Extremism Policy', version: 2 });
    expectProblem(
      await pm.patch(`/api/teams/${team.id}`, { version: 1, description: 'stale' }),
      409,
      'VERSION_CONFLICT',
    );
    expect((await pm.get(`/api/teams/${team.id}`)).json().description).toBe('Owns hate speech rules');

    expect((await pm.get('/api/teams?function=moderation_ops')).json().items).toHaveLength(1);
    expectProblem(await pm.delete(`/api/teams/${team.id}?version=1`), 409, 'VERSION_CONFLICT');
    expect((await pm.delete(`/api/teams/${team.id}?version=2`)).statusCode).toBe(204);
    expectProblem(await pm.get(`/api/teams/${team.id}`), 404, 'NOT_FOUND');
  });

  it('adds and removes members; membership shows on the person', async () => {
    const admin = await t.signIn('admin');
    const viewer = await t.signIn('viewer');
    const team = (await admin.post('/api/teams', { name: 'Safety Comms', function: 'comms' })).json();
    expect((await admin.put(`/api/teams/${team.id}/members/${viewer.userId}`)).statusCode).toBe(204);
    expect((await admin.put(`/api/teams/${team.id}/members/${viewer.userId}`)).statusCode).toBe(204);
    expect((await admin.get(`/api/teams/${team.id}`)).json()).toMatchObject({ memberCount: 1 });
    expect((await admin.get(`/api/users/${viewer.userId}`)).json().teams).toEqual([
      { id: team.id, name: 'Safety Comms' },
    ]);
    expect((await admin.get(`/api/users?teamId=${team.id}`)).json().items).toHaveLength(1);
    expectProblem(
      await admin.put(`/api/teams/${team.id}/members/01900000-0000-7000-8000-000000000000`),
      404,
      'NOT_FOUND',
    );
    expect((await admin.delete(`/api/teams/${team.id}/members/${viewer.userId}`)).statusCode).toBe(204);
    expectProblem(await admin.delete(`/api/teams/${team.id}/members/${viewer.userId}`), 404, 'NOT_FOUND');
  });

  it('validates input and keeps management to admins and program managers', async () => {
    const admin = await t.signIn('admin');
    const bad = expectProblem(
      await admin.post('/api/teams', { name: '', function: 'marketing' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.function', 'body.name']);
    expectProblem(
      await admin.delete('/api/teams/01900000-0000-7000-8000-000000000000?version=abc'),
      400,
      'VALIDATION_FAILED',
    );
    const team = (await admin.post('/api/teams', { name: 'Legal', function: 'legal' })).json();
    for (const role of ['policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const someone = await t.signIn(role);
      expect((await someone.get(`/api/teams/${team.id}`)).json().abilities).toEqual({ update: false, delete: false });
      expectProblem(await someone.post('/api/teams', { name: `By ${role}`, function: 'legal' }), 403, 'FORBIDDEN');
      expectProblem(await someone.patch(`/api/teams/${team.id}`, { version: 1, name: 'x' }), 403, 'FORBIDDEN');
      expectProblem(await someone.put(`/api/teams/${team.id}/members/${someone.userId}`), 403, 'FORBIDDEN');
    }
  });
});
