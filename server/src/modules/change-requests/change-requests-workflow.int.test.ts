import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { memberOf, policyWithDraft } from './cr-test-kit.js';

describe.each(DIALECTS)('change-request workflow on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let owner: TestClient;
  let policyId: string;
  let draftId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    owner = await t.signIn('policy_owner');
    ({ policyId, draftId } = await policyWithDraft(admin, 'hate-speech', { ownerIds: [owner.userId] }));
  });
  afterEach(async () => t.close());

  const open = async (body: Record<string, unknown> = {}) =>
    (
      await pm.post('/api/change-requests', {
        title: 'Fix a typo',
        type: 'editorial',
        source: 'performance_finding',
        targetPolicyId: policyId,
        ownerId: pm.userId,
        ...body,
      })
    ).json();
  const move = (id: string, version: number, to: string, reason?: string) =>
    pm.post(`/api/change-requests/${id}/transitions`, { version, to, ...(reason ? { reason } : {}) });
  const signOff = (client: TestClient, id: string, version: number, body: Record<string, unknown>) =>
    client.post(`/api/change-requests/${id}/sign-offs`, {
      version,
      role: 'policy_owner',
      decision: 'approve',
      ...body,
    });

  /** An editorial CR in Approval with its text by the program manager. */
  async function inApproval(): Promise<{ id: string; version: number }> {
    const cr = await open({ problemStatement: 'A typo in 2.1' });
    expect((await move(cr.id, 1, 'drafting')).statusCode).toBe(200);
    await pm.patch(`/api/change-requests/${cr.id}`, { version: 2, proposal: 'Fix it', draftVersionId: draftId });
    const approval = await move(cr.id, 3, 'approval');
    expect(approval.json()).toMatchObject({ stage: 'approval', version: 4 });
    return { id: cr.id, version: 4 };
  }

  it('refuses a move naming what is missing, a move off the path, a move without its reason, a final stage', async () => {
    const cr = await open();
    const missing = expectProblem(await move(cr.id, 1, 'drafting'), 409, 'CR_REQUIREMENTS_MISSING');
    expect(missing.detail).toBe('To leave Intake: fill in Problem statement');
    expect(missing.errors?.map((e) => e.path)).toEqual(['requirements.fields.problemStatement']);
    const offPath = expectProblem(await move(cr.id, 1, 'approval'), 409, 'CR_MOVE_NOT_ALLOWED');
    expect(offPath.detail).toContain('it can move to Drafting, Rejected and Withdrawn');
    const noReason = expectProblem(await move(cr.id, 1, 'withdrawn'), 409, 'CR_REQUIREMENTS_MISSING');
    expect(noReason.errors?.map((e) => e.path)).toEqual(['body.reason']);
    expect((await move(cr.id, 1, 'withdrawn', 'Duplicate')).json()).toMatchObject({ stage: 'withdrawn', moves: [] });
    expectProblem(await move(cr.id, 2, 'intake'), 409, 'CR_STAGE_FINAL');

    const { id, version } = await inApproval();
    const approval = expectProblem(await move(id, version, 'launched'), 409, 'CR_REQUIREMENTS_MISSING');
    expect(approval.detail).toBe('To leave Approval: fill in Effective date; sign-off missing from Policy owner');
  });

  it('lets the policy owner approve, not the last editor, not someone without the role', async () => {
    const { id, version } = await inApproval();
    const contributor = await t.signIn('contributor');
    expectProblem(await signOff(contributor, id, version, {}), 403, 'FORBIDDEN');
    const legal = await memberOf(t, admin, 'legal');
    expectProblem(await signOff(legal, id, version, { role: 'legal' }), 409, 'INVALID_STATE');
    expect((await pm.get(`/api/change-requests/${id}`)).json().abilities.signOffAs).toEqual([]);

    const waiting = (await owner.get('/api/change-requests/waiting-on-me')).json();
    expect(waiting.items).toEqual([expect.objectContaining({ roles: ['policy_owner'] })]);
    expect((await pm.get('/api/change-requests/waiting-on-me')).json().items).toEqual([]);

    // The owner edits the text: now they are its last editor and may not approve it.
    const edited = await owner.patch(`/api/change-requests/${id}`, { version, proposal: 'Fix it, better' });
    expect(edited.json().lastTextEditor.id).toBe(owner.userId);
    const own = expectProblem(await signOff(owner, id, version + 1, {}), 403, 'FORBIDDEN');
    expect(own.detail).toBe('You edited the proposed text last, so someone else must approve it');
    expect((await owner.get('/api/change-requests/waiting-on-me')).json().items).toEqual([]);

    await pm.patch(`/api/change-requests/${id}`, {
      version: version + 1,
      proposal: 'Fix it, best',
      effectiveDate: '2027-02-01',
    });
    expectProblem(await signOff(owner, id, version + 1, {}), 409, 'VERSION_CONFLICT');
    const approved = await signOff(owner, id, version + 2, {});
    expect(approved.statusCode).toBe(200);
    expect(approved.json().signOffs).toMatchObject([{ role: 'policy_owner', decision: 'approve', resetAt: null }]);
    // Launched only by launching, which publishes the draft (cr-launch.int.test.ts has the rest).
    expectProblem(await move(id, version + 3, 'launched'), 409, 'CR_MOVE_NOT_ALLOWED');
    const launched = await pm.post(`/api/change-requests/${id}/launch`, {
      version: version + 3,
      effectiveDate: t.clock.today(),
    });
    expect(launched.json()).toMatchObject({
      stage: 'launched',
      launch: { versionId: draftId, launchedAt: expect.any(String) },
    });
  });

  it('resets an approval when the text changes after it, and says which', async () => {
    const { id, version } = await inApproval();
    await signOff(owner, id, version, {});
    const edit = await pm.patch(`/api/change-requests/${id}`, { version: version + 1, proposal: 'Different words' });
    expect(edit.json().signOffsReset).toEqual({
      roles: ['policy_owner'],
      message:
        'The proposed text changed after sign-off, so Policy owner needs to sign off again (their earlier approval no longer counts)',
    });
    const cr = edit.json();
    expect(cr.signOffs[0].resetAt).not.toBeNull();
    expect(cr.moves.find((m: { to: string }) => m.to === 'launched').blockers.signOffs).toEqual(['policy_owner']);
    const untouched = await pm.patch(`/api/change-requests/${id}`, { version: version + 2, title: 'Typo fix' });
    expect(untouched.json().signOffsReset).toBeNull();
  });

  it('sends the CR back to Drafting when a sign-off requests changes', async () => {
    const { id, version } = await inApproval();
    expectProblem(await signOff(owner, id, version, { decision: 'request_changes' }), 400, 'VALIDATION_FAILED');
    const back = await signOff(owner, id, version, {
      decision: 'request_changes',
      comment: 'Say "attack", not "assault"',
    });
    expect(back.json()).toMatchObject({
      stage: 'drafting',
      version: version + 2,
      signOffs: [{ decision: 'request_changes', comment: 'Say "attack", not "assault"' }],
    });
  });

  it('asks the cross-functional roles in the full lane; each signs through their team', async () => {
    const legal = await memberOf(t, admin, 'legal');
    const surface = (await admin.post('/api/surfaces', { name: 'Feed' })).json();
    const cr = await open({
      type: 'clarification',
      problemStatement: 'p',
      proposal: 'q',
      scoring: { severity: 2, reach: 2, urgency: 2, effort: 2 },
      dueDate: '2027-06-01',
      impact: { surfaceIds: [surface.id], riskLevel: 'high', expectedVolumeChangePct: 5, moderationWorkload: 'more' },
    });
    expect(cr.requiredSignOffs).toEqual(['legal', 'moderation_ops', 'product', 'policy_owner']);
    await pm.patch(`/api/change-requests/${cr.id}`, { version: 1, draftVersionId: draftId });
    for (const [version, to] of [
      [2, 'scoping'],
      [3, 'drafting'],
      [4, 'cross_functional_review'],
    ] as const)
      expect((await move(cr.id, version, to)).json().stage).toBe(to);
    const waiting = (await legal.get('/api/change-requests/waiting-on-me')).json();
    expect(waiting.items.map((i: { roles: string[] }) => i.roles)).toEqual([['legal']]);
    expectProblem(await signOff(legal, cr.id, 5, { role: 'product' }), 403, 'FORBIDDEN');
    const signed = await signOff(legal, cr.id, 5, {
      role: 'legal',
      decision: 'approve_with_conditions',
      comment: 'Add the EU note',
    });
    expect(signed.json().moves.find((m: { to: string }) => m.to === 'approval').blockers.signOffs).toEqual([
      'moderation_ops',
      'product',
    ]);
    const refused = expectProblem(await move(cr.id, 6, 'approval'), 409, 'CR_REQUIREMENTS_MISSING');
    expect(refused.detail).toBe('To leave Cross-functional review: sign-off missing from Moderation Ops and Product');
  });

  it('lets one of two concurrent moves win; the other gets 409', async () => {
    const cr = await open({ problemStatement: 'p' });
    const replies = await Promise.all([move(cr.id, 1, 'drafting'), move(cr.id, 1, 'withdrawn', 'Not needed')]);
    expect(replies.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.statusCode === 409)!.json().code).toBe('VERSION_CONFLICT');
    expect((await pm.get(`/api/change-requests/${cr.id}`)).json().version).toBe(2);
  });
});
