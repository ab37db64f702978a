import { addDays } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../db/scope.js';
import { SYSTEM_CAUSE } from '../audit/audit.service.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import type { CrLaunchedEvent } from './cr-launch-events.js';
import { memberOf } from './cr-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

/** A policy with no version yet, owned by `ownerIds`. */
async function policyOnly(admin: TestClient, slug: string, ownerIds: string[] = []) {
  const area = (await admin.post('/api/policy-areas', { name: `Area ${slug}` })).json();
  const policy = await admin.post('/api/policies', { title: `Policy ${slug}`, slug, areaId: area.id, ownerIds });
  if (policy.statusCode !== 201) throw new Error(policy.body);
  return { policyId: policy.json().id as string, areaId: area.id as string };
}

describe.each(DIALECTS)('change-request draft, conflicts, launch and reviews on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let owner: TestClient;
  let policyId: string;
  let areaId: string;
  let launched: CrLaunchedEvent[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    owner = await t.signIn('policy_owner');
    ({ policyId, areaId } = await policyOnly(admin, 'hate-speech', [owner.userId]));
    launched = [];
    t.services.changeRequests.launches.onLaunched(async (_trx, _actor, event) => {
      launched.push(event);
    });
  });
  afterEach(async () => t.close());

  const open = async (body: Record<string, unknown> = {}) => {
    const reply = await pm.post('/api/change-requests', {
      title: 'Fix a typo',
      type: 'editorial',
      source: 'performance_finding',
      targetPolicyId: policyId,
      ownerId: pm.userId,
      problemStatement: 'A typo in 1.0',
      proposal: 'Fix it',
      ...body,
    });
    expect(reply.statusCode, reply.body).toBe(201);
    return reply.json();
  };
  const get = async (id: string, client = pm) => (await client.get(`/api/change-requests/${id}`)).json();
  const move = (id: string, version: number, to: string) =>
    pm.post(`/api/change-requests/${id}/transitions`, { version, to });
  const approve = (id: string, version: number, client = owner) =>
    client.post(`/api/change-requests/${id}/sign-offs`, { version, role: 'policy_owner', decision: 'approve' });

  /** An editorial CR with its draft, in Approval, approved by the policy owner, effective `date`. */
  async function approved(date: string, body: Record<string, unknown> = {}) {
    const cr = await open(body);
    expect((await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1 })).statusCode).toBe(201);
    expect((await move(cr.id, 2, 'drafting')).statusCode).toBe(200);
    await pm.patch(`/api/change-requests/${cr.id}`, { version: 3, effectiveDate: date });
    expect((await move(cr.id, 4, 'approval')).json().stage).toBe('approval');
    expect((await approve(cr.id, 5)).statusCode).toBe(200);
    return get(cr.id);
  }

  it('starts the proposed text as a draft of the target policy, once', async () => {
    const cr = await open();
    const reply = await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1 });
    expect(reply.statusCode).toBe(201);
    const view = reply.json();
    expect(view).toMatchObject({ draftVersionId: expect.any(String), lastTextEditor: { id: pm.userId }, version: 2 });
    expect(view.abilities.startDraft).toBe(false);
    const draft = (await pm.get(`/api/policies/hate-speech/versions/${view.draftVersionId}`)).json();
    expect(draft).toMatchObject({ state: 'draft', changeRequest: { id: cr.id, number: cr.number } });

    expectProblem(await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 2 }), 409, 'ALREADY_EXISTS');
    expectProblem(await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1 }), 409, 'VERSION_CONFLICT');
    expectProblem(await pm.post(`/api/change-requests/${MISSING}/draft`, { version: 1 }), 404, 'NOT_FOUND');
    const viewer = await t.signIn('viewer');
    expectProblem(await viewer.post(`/api/change-requests/${cr.id}/draft`, { version: 2 }), 403, 'FORBIDDEN');
    const other = await open({ title: 'Another' });
    expectProblem(
      await pm.post(`/api/change-requests/${other.id}/draft`, { version: 1, slug: 'nope' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('creates the policy of a new-policy CR with its draft', async () => {
    const cr = await open({ type: 'new_policy', targetPolicyId: null, title: 'Synthetic media' });
    const noArea = expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1, slug: 'synthetic-media' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(noArea.errors?.map((e) => e.path)).toEqual(['body.areaId']);
    const contributor = await t.signIn('contributor');
    expectProblem(
      await contributor.post(`/api/change-requests/${cr.id}/draft`, { version: 1, areaId, slug: 'synthetic-media' }),
      403,
      'FORBIDDEN',
    );
    const reply = await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1, areaId, slug: 'synthetic-media' });
    expect(reply.statusCode).toBe(201);
    expect(reply.json()).toMatchObject({ targetPolicy: { slug: 'synthetic-media', title: 'Synthetic media' } });
  });

  it('resets an approval when the library editor changes the draft, and refuses that editor approving (403)', async () => {
    const cr = await approved(t.clock.today());
    expect(cr.signOffs).toMatchObject([{ role: 'policy_owner', resetAt: null }]);
    const draft = (await owner.get(`/api/policies/hate-speech/versions/${cr.draftVersionId}`)).json();
    const edit = await owner.patch(`/api/policies/hate-speech/versions/${cr.draftVersionId}`, {
      version: draft.version,
      body: `${draft.body}\n\nA clearer sentence.`,
    });
    expect(edit.statusCode, edit.body).toBe(200);
    const after = await get(cr.id);
    expect(after.lastTextEditor.id).toBe(owner.userId);
    expect(after.signOffs[0].resetAt).not.toBeNull();
    expect(after.signOffs[0].resetReason).toContain('The proposed text changed after sign-off');
    const refused = expectProblem(await approve(cr.id, after.version), 403, 'FORBIDDEN');
    expect(refused.detail).toBe('You edited the proposed text last, so someone else must approve it');
    // Editing only the summary is no change of the text.
    const again = (await owner.get(`/api/policies/hate-speech/versions/${cr.draftVersionId}`)).json();
    await owner.patch(`/api/policies/hate-speech/versions/${cr.draftVersionId}`, {
      version: again.version,
      changeSummary: 'Typo',
    });
    expect((await get(cr.id)).version).toBe(after.version);
  });

  it('validates and keeps the conflict window and freeze windows', async () => {
    const settings = (await admin.get('/api/change-requests/settings')).json();
    expect(settings).toMatchObject({ conflictWindowDays: 14, freezeWindows: [] });
    const backwards = expectProblem(
      await admin.put('/api/change-requests/settings', {
        version: 1,
        freezeWindows: [{ name: 'Election', startsOn: '2027-03-10', endsOn: '2027-03-01', marketIds: [] }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.errors?.map((e) => e.path)).toEqual(['body.freezeWindows.0.endsOn']);
    expectProblem(
      await admin.put('/api/change-requests/settings', { version: 1, conflictWindowDays: 91 }),
      400,
      'VALIDATION_FAILED',
    );
    const unknown = expectProblem(
      await admin.put('/api/change-requests/settings', {
        version: 1,
        freezeWindows: [{ name: 'E', startsOn: '2027-03-01', endsOn: '2027-03-10', marketIds: [MISSING] }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(unknown.errors?.map((e) => e.path)).toEqual(['body.freezeWindows.0.marketIds']);
    const saved = await admin.put('/api/change-requests/settings', {
      version: 1,
      conflictWindowDays: 7,
      freezeWindows: [{ name: 'Election', startsOn: '2027-03-01', endsOn: '2027-03-10', marketIds: [] }],
    });
    expect(saved.json()).toMatchObject({ conflictWindowDays: 7, version: 2, freezeWindows: [{ reason: '' }] });
  });

  it('lists conflicts, needs them acknowledged before leaving Approval, and again when one moves', async () => {
    const date = addDays(t.clock.today(), 20);
    await admin.put('/api/change-requests/settings', {
      version: 1,
      freezeWindows: [{ name: 'Election', startsOn: date, endsOn: addDays(date, 3), marketIds: [], reason: 'Vote' }],
    });
    const other = await open({ title: 'Clarify satire', type: 'clarification' });
    await pm.patch(`/api/change-requests/${other.id}`, { version: 1, effectiveDate: addDays(date, 2) });
    const unrelated = await open({
      title: 'Far away',
      type: 'clarification',
      targetPolicyId: (await policyOnly(admin, 'spam')).policyId,
    });
    await pm.patch(`/api/change-requests/${unrelated.id}`, { version: 1, effectiveDate: addDays(date, 40) });
    const cr = await approved(date);

    const conflicts = (await pm.get(`/api/change-requests/${cr.id}/conflicts`)).json();
    expect(conflicts).toMatchObject({ effectiveDate: date, windowDays: 14, abilities: { acknowledge: true } });
    expect(conflicts.items.map((c: { kind: string; title: string }) => [c.kind, c.title])).toEqual([
      ['freeze_window', 'Election freeze'],
      ['change_request', `CR-${other.number} Clarify satire`],
    ]);
    expect(conflicts.unacknowledged).toHaveLength(2);
    expect(cr.moves.find((m: { to: string }) => m.to === 'launched')).toMatchObject({
      allowed: false,
      blockers: { conflicts: conflicts.unacknowledged },
    });
    expect(cr.abilities.launch).toBe(false);

    const refused = expectProblem(await move(cr.id, cr.version, 'launched'), 409, 'CR_REQUIREMENTS_MISSING');
    expect(refused.detail).toBe(
      `To leave Approval: acknowledge the launch conflicts with Election freeze and CR-${other.number} Clarify satire`,
    );
    expect(refused.errors?.map((e) => e.path)).toEqual(
      conflicts.unacknowledged.map((key: string) => `requirements.conflicts.${key}`),
    );

    const ack = (body: Record<string, unknown>) => pm.post(`/api/change-requests/${cr.id}/conflicts/acknowledge`, body);
    const wrong = expectProblem(await ack({ version: cr.version, keys: ['nope'] }), 400, 'VALIDATION_FAILED');
    expect(wrong.errors?.map((e) => e.path)).toEqual(['body.keys.0']);
    expectProblem(await ack({ version: cr.version, keys: [] }), 400, 'VALIDATION_FAILED');
    expectProblem(await ack({ version: cr.version - 1, keys: conflicts.unacknowledged }), 409, 'VERSION_CONFLICT');
    const viewer = await t.signIn('viewer');
    expectProblem(
      await viewer.post(`/api/change-requests/${cr.id}/conflicts/acknowledge`, { version: cr.version, keys: ['x'] }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await pm.get(`/api/change-requests/${MISSING}/conflicts`), 404, 'NOT_FOUND');
    const done = await ack({ version: cr.version, keys: conflicts.unacknowledged, note: 'Agreed with Ops' });
    expect(done.statusCode).toBe(200);
    expect(done.json().unacknowledged).toEqual([]);
    expect(done.json().items[0].acknowledged).toMatchObject({ by: { id: pm.userId }, note: 'Agreed with Ops' });
    expect((await get(cr.id)).abilities.launch).toBe(true);

    // The other CR moves its date: a new conflict, to acknowledge again.
    await pm.patch(`/api/change-requests/${other.id}`, { version: 2, effectiveDate: addDays(date, 3) });
    const again = (await pm.get(`/api/change-requests/${cr.id}/conflicts`)).json();
    expect(again.unacknowledged).toEqual([`change_request:${other.id}:${addDays(date, 3)}`]);
    expect((await get(cr.id)).abilities.launch).toBe(false);
  });

  it('launches today: publishes the draft as the next live version, links both ways, opens reviews', async () => {
    const today = t.clock.today();
    const watcher = await t.signIn('viewer');
    const cr = await approved(today, { ownerId: owner.userId });
    await watcher.put(`/api/watches/change_request/${cr.id}`);
    expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, { version: cr.version - 1, effectiveDate: today }),
      409,
      'VERSION_CONFLICT',
    );
    expectProblem(
      await (
        await t.signIn('xfn_reviewer')
      ).post(`/api/change-requests/${cr.id}/launch`, {
        version: cr.version,
        effectiveDate: today,
      }),
      403,
      'FORBIDDEN',
    );
    expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, { version: cr.version, effectiveDate: '2027-13-01' }),
      400,
      'VALIDATION_FAILED',
    );
    const badMarket = expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, {
        version: cr.version,
        effectiveDate: today,
        marketDates: [{ marketId: MISSING, effectiveDate: today }],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badMarket.errors?.map((e) => e.path)).toEqual(['body.marketDates.0.marketId']);

    // A staged rollout: in force today, in Germany three weeks later.
    const germany = (await pm.get('/api/applicability/dimensions'))
      .json()
      .markets.find((m: { code: string }) => m.code === 'DE');
    const reply = await pm.post(`/api/change-requests/${cr.id}/launch`, {
      version: cr.version,
      effectiveDate: today,
      marketDates: [{ marketId: germany.id, effectiveDate: addDays(today, 21) }],
    });
    expect(reply.statusCode, reply.body).toBe(200);
    const view = reply.json();
    expect(view).toMatchObject({
      stage: 'launched',
      scheduled: false,
      moves: [{ to: 'closed', allowed: true }],
      launch: {
        versionId: cr.draftVersionId,
        effectiveDate: today,
        marketDates: [{ marketId: germany.id, marketCode: 'DE', effectiveDate: addDays(today, 21) }],
        scheduledFor: null,
        launchedAt: expect.any(String),
      },
      postLaunchReviews: [
        { offsetDays: 30, dueOn: addDays(today, 30), status: 'due', metrics: { items: [] } },
        { offsetDays: 90, dueOn: addDays(today, 90), status: 'due' },
      ],
    });
    const version = (await pm.get(`/api/policies/hate-speech/versions/${cr.draftVersionId}`)).json();
    expect(version).toMatchObject({
      state: 'live',
      effectiveDate: today,
      approver: { id: owner.userId },
      changeRequest: { id: cr.id, number: cr.number, title: 'Fix a typo' },
    });
    expect(launched).toEqual([
      {
        changeRequestId: cr.id,
        number: cr.number,
        title: 'Fix a typo',
        policyId,
        policyVersionId: cr.draftVersionId,
        effectiveDate: today,
        materiality: 'editorial',
        ownerId: owner.userId,
      },
    ]);
    for (const client of [owner, watcher]) {
      const inbox = (await client.get('/api/notifications')).json();
      expect(inbox.items.map((n: { kind: string }) => n.kind)).toContain('launched');
    }
    expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, { version: view.version, effectiveDate: today }),
      409,
      'INVALID_STATE',
    );
  });

  it('schedules a launch with a future date and launches it by the job on the day, once', async () => {
    const date = addDays(t.clock.today(), 10);
    const cr = await approved(date);
    const reply = await pm.post(`/api/change-requests/${cr.id}/launch`, { version: cr.version, effectiveDate: date });
    const view = reply.json();
    expect(view).toMatchObject({
      stage: 'approval',
      scheduled: true,
      launch: { scheduledFor: date, launchedAt: null },
    });
    expect(view.moves).toEqual([]);
    expect((await pm.get(`/api/policies/hate-speech/versions/${cr.draftVersionId}`)).json().state).toBe('scheduled');
    expectProblem(await move(cr.id, view.version, 'withdrawn'), 409, 'INVALID_STATE');
    const moved = expectProblem(
      await pm.patch(`/api/change-requests/${cr.id}`, { version: view.version, effectiveDate: addDays(date, 1) }),
      409,
      'INVALID_STATE',
    );
    expect(moved.errors?.map((e) => e.path)).toEqual(['body.effectiveDate']);
    const pending = await t.services.jobs.list('pending', 50, null);
    expect(pending.filter((j) => j.name === 'change_request.launch').map((j) => j.key)).toEqual([`${cr.id}:${date}`]);
    expect(launched).toEqual([]);

    await expect(t.services.changeRequests.launch.runScheduledLaunch(cr.id, date)).rejects.toThrow(/waits/);
    t.clock.setToday(date);
    await t.services.changeRequests.launch.runScheduledLaunch(cr.id, date);
    await t.services.changeRequests.launch.runScheduledLaunch(cr.id, date);
    const after = await get(cr.id);
    expect(after).toMatchObject({ stage: 'launched', scheduled: false, launch: { scheduledFor: null } });
    expect(after.postLaunchReviews).toHaveLength(2);
    expect(launched).toHaveLength(1);
  });

  it('refuses a launch without a draft, from the wrong stage, before the previous date, or on an outdated draft', async () => {
    const today = t.clock.today();
    const early = await open();
    expectProblem(
      await pm.post(`/api/change-requests/${early.id}/launch`, { version: 1, effectiveDate: today }),
      409,
      'CR_MOVE_NOT_ALLOWED',
    );
    expectProblem(
      await pm.post(`/api/change-requests/${MISSING}/launch`, { version: 1, effectiveDate: today }),
      404,
      'NOT_FOUND',
    );
    const historic = (label: string, effectiveDate: string) =>
      inTransaction(t.database.scope, (trx) =>
        t.services.policyVersions.createHistoricInTransaction(trx, SYSTEM_CAUSE, policyId, {
          label,
          body: `# Imported ${label}`,
          changeSummary: 'Imported',
          effectiveDate,
          approverId: null,
          state: 'live',
        }),
      );
    await historic('5.0', addDays(today, 3));
    const cr = await approved(addDays(today, 5));
    const conflicts = (await pm.get(`/api/change-requests/${cr.id}/conflicts`)).json();
    expect(conflicts.items.map((c: { title: string }) => c.title)).toEqual(['Policy hate-speech 5.0']);
    await pm.post(`/api/change-requests/${cr.id}/conflicts/acknowledge`, {
      version: cr.version,
      keys: conflicts.unacknowledged,
    });
    const backwards = expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, {
        version: cr.version + 1,
        effectiveDate: addDays(today, 1),
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(backwards.errors?.map((e) => e.path)).toEqual(['body.effectiveDate']);
    // A version published elsewhere (an import) after the draft was started.
    await historic('6.0', addDays(today, 60));
    const outdated = expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/launch`, {
        version: cr.version + 1,
        effectiveDate: addDays(today, 5),
      }),
      409,
      'CR_DRAFT_OUTDATED',
    );
    expect(outdated.detail).toBe(
      'Version 6.0 of the policy was published after the draft 5.1 was started from an older text; discard the draft 5.1 and start it again from 6.0',
    );
  });

  it('completes post-launch reviews and shows them on my work', async () => {
    const today = t.clock.today();
    const cr = await approved(today);
    const view = (
      await pm.post(`/api/change-requests/${cr.id}/launch`, { version: cr.version, effectiveDate: today })
    ).json();
    const [first] = view.postLaunchReviews;
    expect((await pm.get('/api/change-requests/my-work')).json()).toEqual({ reviewsDue: [], overdue: [] });
    t.clock.setToday(addDays(today, 31));
    const work = (await pm.get('/api/change-requests/my-work')).json();
    expect(work.reviewsDue).toMatchObject([
      { changeRequest: { id: cr.id, number: cr.number }, review: { id: first.id, status: 'overdue' } },
    ]);
    expect(work.overdue).toMatchObject([{ id: cr.id, stage: 'launched' }]);
    expect((await owner.get('/api/change-requests/my-work')).json().reviewsDue).toEqual([]);

    const url = `/api/change-requests/${cr.id}/reviews/${first.id}/complete`;
    expectProblem(await pm.post(url, { version: 1, notes: '' }), 400, 'VALIDATION_FAILED');
    expectProblem(await pm.post(url, { version: 2, notes: 'Fine' }), 409, 'VERSION_CONFLICT');
    expectProblem(
      await pm.post(`/api/change-requests/${cr.id}/reviews/${MISSING}/complete`, { version: 1, notes: 'x' }),
      404,
      'NOT_FOUND',
    );
    expectProblem(await (await t.signIn('viewer')).post(url, { version: 1, notes: 'x' }), 403, 'FORBIDDEN');
    const done = await pm.post(url, { version: 1, notes: 'Appeals down; no new confusion' });
    expect(done.json().postLaunchReviews[0]).toMatchObject({
      status: 'done',
      notes: 'Appeals down; no new confusion',
      completedBy: { id: pm.userId },
      version: 2,
    });
    expectProblem(await pm.post(url, { version: 2, notes: 'Again' }), 409, 'INVALID_STATE');
  });

  it('notifies sign-off requested, changes requested, and an overdue stage once', async () => {
    const cr = await open({ ownerId: owner.userId });
    await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1 });
    await move(cr.id, 2, 'drafting');
    await pm.patch(`/api/change-requests/${cr.id}`, { version: 3, effectiveDate: t.clock.today() });
    expect((await move(cr.id, 4, 'approval')).json().stage).toBe('approval');
    const kinds = async (client: TestClient) =>
      ((await client.get('/api/notifications')).json().items as { kind: string; summary: string }[]).map(
        (n) => `${n.kind}: ${n.summary}`,
      );
    expect(await kinds(owner)).toContain('review_requested: Asks you to sign off as Policy owner (Approval)');
    expect(await kinds(pm)).toEqual([]);

    await admin.post(`/api/change-requests/${cr.id}/sign-offs`, {
      version: 5,
      role: 'policy_owner',
      decision: 'request_changes',
      comment: 'Say who decides',
    });
    expect(await kinds(owner)).toContain('changes_wanted: Policy owner requested changes: Say who decides');
    expect((await get(cr.id)).stage).toBe('drafting');

    // Drafting's target is 15 days: after it, the daily job tells the owner once per stage entry.
    t.clock.setToday(addDays(t.clock.today(), 16));
    expect(await t.services.changeRequests.notifier.sweepOverdue()).toBe(1);
    expect(await t.services.changeRequests.notifier.sweepOverdue()).toBe(0);
    expect((await kinds(owner)).filter((k) => k.startsWith('stage_overdue'))).toEqual([
      'stage_overdue: In Drafting longer than its 15-day target',
    ]);
  });

  it('asks the next role of a set order once the one before it approved', async () => {
    const settings = (await admin.get('/api/change-requests/settings')).json();
    const workflow = {
      stages: settings.workflow.stages.map((stage: { key: string }) =>
        stage.key === 'cross_functional_review'
          ? { ...stage, signOffs: { roles: ['legal', 'product'], order: 'sequential' } }
          : stage,
      ),
    };
    expect((await admin.put('/api/change-requests/settings', { version: 1, workflow })).statusCode).toBe(200);
    const legal = await memberOf(t, admin, 'legal');
    const product = await memberOf(t, admin, 'product');
    const surface = (await admin.post('/api/surfaces', { name: 'Feed' })).json();
    const cr = await open({
      type: 'clarification',
      scoring: { severity: 2, reach: 2, urgency: 2, effort: 2 },
      dueDate: '2027-06-01',
      impact: { surfaceIds: [surface.id], riskLevel: 'high', expectedVolumeChangePct: 5, moderationWorkload: 'more' },
    });
    await pm.post(`/api/change-requests/${cr.id}/draft`, { version: 1 });
    for (const [version, to] of [
      [2, 'scoping'],
      [3, 'drafting'],
      [4, 'cross_functional_review'],
    ] as const)
      expect((await move(cr.id, version, to)).json().stage).toBe(to);
    const asked = async (client: TestClient) =>
      ((await client.get('/api/notifications')).json().items as { kind: string }[]).filter(
        (n) => n.kind === 'review_requested',
      ).length;
    expect([await asked(legal), await asked(product)]).toEqual([1, 0]);
    await legal.post(`/api/change-requests/${cr.id}/sign-offs`, { version: 5, role: 'legal', decision: 'approve' });
    expect([await asked(legal), await asked(product)]).toEqual([1, 1]);
  });
});
