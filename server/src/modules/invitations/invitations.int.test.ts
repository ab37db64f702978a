import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, sessionCookieOf, type TestApp } from '../../test/test-app.js';

const tokenOf = (link: string) => link.split('/invite/')[1]!;

describe.each(DIALECTS)('invitations on %s', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(async () => t.close());

  it('invites, previews, accepts into the invited teams, and the link then stops working', async () => {
    const admin = await t.signIn('admin');
    const team = (await admin.post('/api/teams', { name: 'Trust & Safety Legal', function: 'legal' })).json();
    const created = await admin.post('/api/invitations', {
      email: 'New.Person@Example.com',
      name: 'New Person',
      role: 'xfn_reviewer',
      teamIds: [team.id],
    });
    expect(created.statusCode).toBe(201);
    const { invitation, link } = created.json();
    expect(invitation).toMatchObject({ email: 'new.person@example.com', state: 'pending', role: 'xfn_reviewer' });
    expect(link).toMatch(/^http:\/\/localhost:3000\/invite\//);
    const token = tokenOf(link);

    const preview = await t.anonymous.get(`/api/invitations/by-token/${token}`);
    expect(preview.json()).toMatchObject({
      email: 'new.person@example.com',
      role: 'xfn_reviewer',
      invitedByName: admin.session!.user.name,
    });

    const accepted = await t.anonymous.post('/api/invitations/accept', {
      token,
      name: 'Nia Person',
      password: 'a strong new password',
    });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().user).toMatchObject({
      email: 'new.person@example.com',
      role: 'xfn_reviewer',
      name: 'Nia Person',
    });
    expect(sessionCookieOf(accepted)).toBeTruthy();

    const members = (await admin.get(`/api/teams/${team.id}`)).json().members;
    expect(members.map((m: { email: string }) => m.email)).toEqual(['new.person@example.com']);
    expect((await admin.get('/api/invitations')).json().items[0].state).toBe('accepted');
    expectProblem(await t.anonymous.get(`/api/invitations/by-token/${token}`), 404, 'NOT_FOUND');
    expectProblem(
      await t.anonymous.post('/api/invitations/accept', { token, name: 'Again', password: 'a strong new password' }),
      404,
      'NOT_FOUND',
    );
    const actions = (await admin.get('/api/audit-events?entityType=invitation'))
      .json()
      .items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(['invitation.accepted', 'invitation.created']);
  });

  it('refuses an e-mail that already has an account, unknown teams and bad fields, writing nothing', async () => {
    const admin = await t.signIn('admin', 'boss@example.com');
    const dup = expectProblem(
      await admin.post('/api/invitations', { email: 'boss@example.com', role: 'viewer' }),
      409,
      'ALREADY_EXISTS',
    );
    expect(dup.errors?.[0]?.path).toBe('body.email');
    const teams = expectProblem(
      await admin.post('/api/invitations', {
        email: 'x@example.com',
        role: 'viewer',
        teamIds: ['01900000-0000-7000-8000-000000000000'],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(teams.errors?.[0]?.path).toBe('body.teamIds');
    const bad = expectProblem(
      await admin.post('/api/invitations', { email: 'nope', role: 'king' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.email', 'body.role']);
    expect((await admin.get('/api/invitations')).json().items).toHaveLength(0);
  });

  it('revokes a pending invitation; a re-invite replaces the older link', async () => {
    const admin = await t.signIn('admin');
    const first = (await admin.post('/api/invitations', { email: 'r@example.com', role: 'viewer' })).json();
    const second = (await admin.post('/api/invitations', { email: 'r@example.com', role: 'contributor' })).json();
    expectProblem(await t.anonymous.get(`/api/invitations/by-token/${tokenOf(first.link)}`), 404);
    expect((await admin.delete(`/api/invitations/${second.invitation.id}`)).statusCode).toBe(204);
    expectProblem(await admin.delete(`/api/invitations/${second.invitation.id}`), 409, 'INVALID_STATE');
    expectProblem(await admin.delete('/api/invitations/01900000-0000-7000-8000-000000000000'), 404, 'NOT_FOUND');
    expectProblem(
      await t.anonymous.post('/api/invitations/accept', {
        token: tokenOf(second.link),
        name: 'R',
        password: 'a strong new password',
      }),
      404,
    );
  });

  it('refuses an expired link', async () => {
    const admin = await t.signIn('admin');
    const { link } = (
      await admin.post('/api/invitations', { email: 'late@example.com', role: 'viewer', expiresInDays: 1 })
    ).json();
    await t.database.db.updateTable('invitations').set({ expires_at: '2000-01-01T00:00:00.000Z' }).execute();
    expectProblem(await t.anonymous.get(`/api/invitations/by-token/${tokenOf(link)}`), 404);
    expect((await admin.get('/api/invitations')).json().items[0].state).toBe('expired');
  });

  it('is for admins only', async () => {
    for (const role of ['program_manager', 'policy_owner', 'contributor', 'xfn_reviewer', 'viewer'] as const) {
      const someone = await t.signIn(role);
      expectProblem(
        await someone.post('/api/invitations', { email: `${role}@x.example.com`, role: 'admin' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await someone.get('/api/invitations'), 403, 'FORBIDDEN');
    }
  });
});
