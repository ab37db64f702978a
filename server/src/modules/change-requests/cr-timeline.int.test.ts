import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from './cr-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('change-request timeline on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let owner: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    owner = await t.signIn('policy_owner');
  });
  afterEach(async () => t.close());

  it('tells everything that happened, newest first, with names and a sentence per event', async () => {
    const { policyId, draftId } = await policyWithDraft(admin, 'hate-speech', { ownerIds: [owner.userId] });
    const cr = (
      await pm.post('/api/change-requests', {
        title: 'Fix a typo',
        type: 'editorial',
        source: 'performance_finding',
        targetPolicyId: policyId,
        ownerId: pm.userId,
        problemStatement: 'A typo in 2.1',
      })
    ).json();
    const id = cr.id as string;
    expect((await pm.post(`/api/change-requests/${id}/transitions`, { version: 1, to: 'drafting' })).statusCode).toBe(
      200,
    );
    await pm.patch(`/api/change-requests/${id}`, { version: 2, proposal: 'Fix it', draftVersionId: draftId });
    expect((await pm.post(`/api/change-requests/${id}/transitions`, { version: 3, to: 'approval' })).statusCode).toBe(
      200,
    );
    const signed = await owner.post(`/api/change-requests/${id}/sign-offs`, {
      version: 4,
      role: 'policy_owner',
      decision: 'approve',
    });
    expect(signed.statusCode).toBe(200);
    // The owner edits the text after approving: the approval is reset.
    const edited = await owner.patch(`/api/change-requests/${id}`, { version: 5, proposal: 'Fix it properly' });
    expect(edited.json().signOffsReset).not.toBeNull();

    const reply = await pm.get(`/api/change-requests/${id}/timeline`);
    expect(reply.statusCode).toBe(200);
    const items = reply.json().items as Array<Record<string, unknown>>;
    const kinds = items.map((i) => i.kind);
    expect(kinds.at(-1)).toBe('created');
    expect(kinds).toEqual(expect.arrayContaining(['created', 'moved', 'edited', 'signed_off', 'sign_offs_reset']));
    const ats = items.map((i) => String(i.at));
    expect([...ats].sort().reverse()).toEqual(ats);

    const created = items.at(-1)!;
    expect(created).toMatchObject({ actor: { id: pm.userId }, toStage: 'intake' });
    expect(created.sentence).toMatch(/opened this change request in Intake/);
    const moved = items.find((i) => i.kind === 'moved' && i.toStage === 'approval')!;
    expect(moved).toMatchObject({ fromStage: 'drafting', toStage: 'approval' });
    expect(moved.sentence).toMatch(/moved it from Drafting to Approval/);
    const approval = items.find((i) => i.kind === 'signed_off')!;
    expect(approval).toMatchObject({
      actor: { id: owner.userId },
      role: 'policy_owner',
      decision: 'approve',
      resetAt: expect.any(String),
    });
    expect(approval.sentence).toMatch(/approved as Policy owner/);
    const reset = items.find((i) => i.kind === 'sign_offs_reset')!;
    expect(reset.sentence).toMatch(/reset/i);
    expect(reset.reason).toEqual(expect.any(String));
    const textEdit = items.find((i) => i.kind === 'edited' && String(i.sentence).includes('proposed text'));
    expect(textEdit).toBeDefined();
  });

  it('reads kinds it does not know as a sentence too', async () => {
    const cr = (
      await pm.post('/api/change-requests', {
        title: 'New rule',
        type: 'new_policy',
        source: 'escalation',
        ownerId: pm.userId,
      })
    ).json();
    await t.database.db
      .insertInto('change_request_events')
      .values({
        id: '01900000-0000-7000-8000-0000000000ff',
        change_request_id: cr.id,
        kind: 'frobnicated_twice',
        actor_id: null,
        from_stage: null,
        to_stage: null,
        reason: 'Because',
        detail: '{}',
        at: '2999-01-01T00:00:00.000Z',
      })
      .execute();
    const items = (await pm.get(`/api/change-requests/${cr.id}/timeline`)).json().items;
    expect(items[0]).toMatchObject({ kind: 'frobnicated_twice', actor: null, sentence: 'Frobnicated twice.' });
  });

  it('is 404 for a missing CR and for one on a restricted policy the caller may not see', async () => {
    expectProblem(await pm.get(`/api/change-requests/${MISSING}/timeline`), 404, 'NOT_FOUND');
    const { policyId } = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    const secret = (
      await owner.post('/api/change-requests', {
        title: 'Secret',
        type: 'clarification',
        source: 'legal',
        targetPolicyId: policyId,
        ownerId: owner.userId,
      })
    ).json();
    expect((await owner.get(`/api/change-requests/${secret.id}/timeline`)).statusCode).toBe(200);
    expectProblem(await pm.get(`/api/change-requests/${secret.id}/timeline`), 404, 'NOT_FOUND');
    expectProblem(await pm.get('/api/change-requests/not-an-id/timeline'), 400, 'VALIDATION_FAILED');
  });
});
