import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { accepted, record, stakeholderOf } from './decision-test-kit.js';

describe.each(DIALECTS)('supersession and revisits on %s', (dialect) => {
  let t: TestApp;
  let pm: TestClient;
  let pmId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    pm = await t.signIn('program_manager');
    pmId = await stakeholderOf(t, pm);
  });
  afterEach(async () => t.close());

  const get = async (id: string) => (await pm.get(`/api/decisions/${id}`)).json();

  it('supersedes wholly only when the new decision is accepted, navigable both ways with the chain', async () => {
    const video = await accepted(pm, { title: 'Label realistic AI-generated video', decisionDate: '2026-09-15' });
    const audio = await record(pm, {
      title: 'Label realistic AI-generated video and audio',
      supersedes: [{ decisionId: video.id }],
    });
    // Proposed: the old one is untouched, but the link shows both ways.
    expect(await get(video.id)).toMatchObject({
      status: 'accepted',
      supersededBy: [{ decision: { id: audio.id, status: 'proposed' }, scope: 'whole', part: null }],
      abilities: { supersede: true },
    });
    const now = (await pm.post(`/api/decisions/${audio.id}/accept`, { version: 1, decisionDate: '2026-11-10' })).json();
    expect(now).toMatchObject({
      status: 'accepted',
      decisionDate: '2026-11-10',
      supersedes: [{ decision: { id: video.id, key: 'DEC-1', status: 'superseded' }, scope: 'whole' }],
      chain: [{ key: 'DEC-1' }, { key: 'DEC-2' }],
    });
    const old = await get(video.id);
    expect(old).toMatchObject({
      status: 'superseded',
      version: 3,
      supersededBy: [{ decision: { id: audio.id, status: 'accepted' } }],
      chain: [{ key: 'DEC-1' }, { key: 'DEC-2' }],
      abilities: { update: false, supersede: false, revoke: false },
    });
    const history = (await pm.get(`/api/decisions/${video.id}/history`)).json().items;
    expect(history.at(-1)).toMatchObject({ kind: 'superseded', detail: 'Superseded by DEC-2' });
    expect((await pm.get('/api/decisions?status=superseded')).json().items).toMatchObject([{ key: 'DEC-1' }]);

    // A wholly superseded decision cannot be superseded again, nor edited.
    const again = expectProblem(
      await pm.post('/api/decisions', { title: 'x', supersedes: [{ decisionId: video.id }] }),
      409,
      'INVALID_STATE',
    );
    expect(again.errors?.[0]?.path).toBe('body.supersedes.0.decisionId');
    expectProblem(await pm.patch(`/api/decisions/${video.id}`, { version: 3, ownerId: pmId }), 409, 'INVALID_STATE');
  });

  it('keeps a partly superseded decision accepted, marked as such', async () => {
    const rule = await accepted(pm, { title: 'Label synthetic media' });
    const audio = await record(pm, {
      title: 'Audio disclosure',
      supersedes: [{ decisionId: rule.id, scope: 'partial', part: 'the audio clause' }],
    });
    await pm.post(`/api/decisions/${audio.id}/accept`, { version: 1 });
    expect(await get(rule.id)).toMatchObject({
      status: 'accepted',
      partlySuperseded: true,
      supersededBy: [{ decision: { id: audio.id }, scope: 'partial', part: 'the audio clause' }],
    });
    expect((await pm.get('/api/decisions')).json().items.find((d: { id: string }) => d.id === rule.id)).toMatchObject({
      partlySuperseded: true,
    });
    // It may still be superseded wholly later.
    const whole = await record(pm, { title: 'All synthetic media', supersedes: [{ decisionId: rule.id }] });
    expect((await pm.post(`/api/decisions/${whole.id}/accept`, { version: 1 })).json().status).toBe('accepted');
    expect((await get(rule.id)).status).toBe('superseded');
  });

  it('refuses self-supersession, a proposed or revoked target, a cycle, and an accept whose target moved on', async () => {
    const proposed = await record(pm, { title: 'Still proposed' });
    const self = expectProblem(
      await pm.patch(`/api/decisions/${proposed.id}`, { version: 1, supersedes: [{ decisionId: proposed.id }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(self.errors?.[0]).toMatchObject({
      path: 'body.supersedes.0.decisionId',
      message: expect.stringContaining('itself'),
    });
    const onProposed = expectProblem(
      await pm.post('/api/decisions', { title: 'x', supersedes: [{ decisionId: proposed.id }] }),
      409,
      'INVALID_STATE',
    );
    expect(onProposed.errors?.[0]?.path).toBe('body.supersedes.0.decisionId');
    const gone = await accepted(pm, { title: 'Gone' });
    await pm.post(`/api/decisions/${gone.id}/revoke`, { version: gone.version, reason: 'Obsolete' });
    expectProblem(
      await pm.post('/api/decisions', { title: 'x', supersedes: [{ decisionId: gone.id }] }),
      409,
      'INVALID_STATE',
    );

    // An edge no API call can make (an earlier bug, an import): `base` supersedes `proposed`. Making
    // `proposed` supersede `base` would close a loop.
    const base = await accepted(pm, { title: 'Base' });
    await queryBuilder(t.database.scope)
      .insertInto('decision_supersessions')
      .values({ decision_id: base.id, superseded_id: proposed.id, scope: 'whole', part: null, position: 0 })
      .execute();
    const cycle = expectProblem(
      await pm.patch(`/api/decisions/${proposed.id}`, { version: 1, supersedes: [{ decisionId: base.id }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(cycle.errors?.[0]).toMatchObject({
      path: 'body.supersedes.0.decisionId',
      message: expect.stringContaining('cycle'),
    });

    // Two proposals supersede the same decision; the second accept finds it superseded already.
    const target = await accepted(pm, { title: 'Contested' });
    const one = await record(pm, { title: 'One', supersedes: [{ decisionId: target.id }] });
    const two = await record(pm, { title: 'Two', supersedes: [{ decisionId: target.id }] });
    await pm.post(`/api/decisions/${one.id}/accept`, { version: 1 });
    const late = expectProblem(await pm.post(`/api/decisions/${two.id}/accept`, { version: 1 }), 409, 'INVALID_STATE');
    expect(late.errors?.[0]?.path).toBe('body.supersedes.0.decisionId');
    expect((await get(two.id)).status).toBe('proposed');
  });

  it('marks a decision due for a revisit when its date comes (moved clock), tells the owner once, and clears it', async () => {
    const owner = await t.signIn('policy_owner');
    const ownerId = await stakeholderOf(t, owner);
    const decision = await accepted(pm, {
      title: 'Age-estimation prompts before live streaming',
      ownerId,
      revisitTrigger: { kind: 'date', date: '2027-03-01' },
    });
    await accepted(pm, { title: 'No trigger' });
    const sweep = () => t.services.decisions.lifecycle.sweepRevisits();
    t.clock.setToday('2027-02-28');
    expect(await sweep()).toEqual([]);
    t.clock.setToday('2027-03-01');
    expect(await sweep()).toEqual([decision.id]);
    expect(await sweep()).toEqual([]);
    const due = await get(decision.id);
    expect(due).toMatchObject({ revisitDue: true, revisit: { due: true }, abilities: { markRevisited: true } });
    expect((await pm.get('/api/decisions?revisitDue=true')).json().items).toMatchObject([{ id: decision.id }]);
    const inbox = (await owner.get('/api/notifications')).json().items;
    expect(inbox).toMatchObject([
      { kind: 'revisit_due', entity: { type: 'decision', id: decision.id }, summary: 'DEC-1 is due for a revisit' },
    ]);
    const history = (await pm.get(`/api/decisions/${decision.id}/history`)).json().items;
    expect(history.at(-1)).toMatchObject({ kind: 'revisit_due', actor: null });

    const noNote = expectProblem(
      await pm.post(`/api/decisions/${decision.id}/revisited`, { version: due.version, note: '' }),
      400,
    );
    expect(noNote.errors?.[0]?.path).toBe('body.note');
    expectProblem(
      await pm.post(`/api/decisions/${decision.id}/revisited`, { version: 1, note: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    const done = await pm.post(`/api/decisions/${decision.id}/revisited`, {
      version: due.version,
      note: 'Still right; look again after the summer',
      revisitTrigger: { kind: 'date', date: '2027-09-01' },
    });
    expect(done.json()).toMatchObject({
      revisitDue: false,
      revisit: { lastNote: 'Still right; look again after the summer' },
      revisitTrigger: { date: '2027-09-01' },
    });
    expectProblem(
      await pm.post(`/api/decisions/${decision.id}/revisited`, { version: done.json().version, note: 'x' }),
      409,
      'INVALID_STATE',
    );
    expect(await sweep()).toEqual([]);
    t.clock.setToday(null);
  });

  it('records decisions from a meeting (the port) and feeds the agenda and engagement sources', async () => {
    const actor = {
      id: pm.userId,
      name: 'PM',
      email: 'pm@example.com',
      role: 'program_manager' as const,
      requestId: 'r',
    };
    const { decisions } = t.services.decisions;
    const meeting = {
      id: '01900000-0000-7000-8000-000000000101',
      workingGroupId: '01900000-0000-7000-8000-000000000102',
      startsAt: '2026-11-10T15:00:00.000Z',
    };
    const out = await decisions.createFromMeeting(t.database.scope, actor as never, meeting, {
      title: 'Pilot audio labels',
      context: '',
      decision: 'Pilot it',
      rationale: '',
      status: 'proposed',
    });
    expect(out).toMatchObject({ title: 'DEC-1 Pilot audio labels', href: `/decisions/${out.id}` });
    const shown = await get(out.id);
    expect(shown).toMatchObject({ decisionDate: '2026-11-10', status: 'proposed' });
    expect((await pm.get(`/api/decisions?workingGroupId=${meeting.workingGroupId}`)).json().items).toHaveLength(1);
    const acceptedOut = await decisions.createFromMeeting(t.database.scope, actor as never, meeting, {
      title: 'Label now',
      context: '',
      decision: 'Yes',
      rationale: '',
      status: 'accepted',
    });
    expect((await get(acceptedOut.id)).status).toBe('accepted');

    const { decisionsNeededAgendaSource, decisionEngagementSource } = await import('./decision-sources.js');
    const agenda = await decisionsNeededAgendaSource().items(t.database.scope, actor as never, {
      workingGroupId: meeting.workingGroupId,
      initiativeIds: [],
      changeRequestIds: [],
      policyIds: [],
      meetingDate: '2026-11-17',
      previousMeetingDate: '2026-11-10',
    });
    expect(agenda.map((i) => i.title)).toEqual(['DEC-1 Pilot audio labels']);
    await record(pm, { title: 'Decided by me', decidedByIds: [pmId] });
    const engagement = await decisionEngagementSource()(t.database.scope, actor as never, {
      stakeholderId: pmId,
      userId: pm.userId,
    });
    expect(engagement).toMatchObject([{ kind: 'decision', title: 'DEC-3 Decided by me' }]);
  });
});
