import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { queryBuilder } from '../../db/scope.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import type { AgendaSourceItem } from './agenda-sources.js';
import { MISSING, contact, formGroup, initiativeWithMilestone, policy, stakeholderOf } from './wg-test-kit.js';

interface AgendaView {
  id: string;
  section: string;
  title: string;
  detail: string;
  carriedFrom: string | null;
  done: boolean;
  version: number;
  source: { kind: string; id: string; href: string } | null;
  outcomes: { kind: string; text: string; record: { id: string; title: string; href: string } | null }[];
}

describe.each(DIALECTS)('meetings on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let pmId: string;
  let blockers: AgendaSourceItem[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    pmId = await stakeholderOf(t, pm);
    t.clock.setToday('2026-11-26');
    // A stand-in for the RAID log's source: what it lists is what the test says is open.
    blockers = [];
    t.services.workingGroups.agendaSources.register({ section: 'open_blockers', items: async () => blockers });
  });
  afterEach(async () => t.close());

  const blocker = (id: string, title: string): AgendaSourceItem => ({
    sourceKind: 'raid_item',
    sourceId: id,
    title,
    detail: 'Decision needed by 3 Dec',
    href: `/raid/${id}`,
  });
  const openAt = (client: TestClient, groupId: string, occurrenceStart: string) =>
    client.post(`/api/working-groups/${groupId}/meetings`, { occurrenceStart });
  const agendaOf = (meeting: { agenda: AgendaView[] }) => meeting.agenda;

  it('opens an occurrence once (idempotent), pre-filled from live data, and an ad hoc meeting', async () => {
    const { initiativeId, milestoneId } = await initiativeWithMilestone(admin, '2026-12-10');
    const group = await formGroup(pm, pmId, { links: [{ kind: 'initiative', id: initiativeId }] });
    blockers = [blocker('01900000-0000-7000-8000-0000000000b1', 'Vendor labelling backlog')];
    const first = await openAt(pm, group.id, '2026-12-01T15:00:00.000Z');
    expect(first.statusCode, first.body).toBe(201);
    const meeting = first.json();
    expect(meeting).toMatchObject({
      title: 'AI-generated content · Dec 1, 2026',
      startsAt: '2026-12-01T15:00:00.000Z',
      endsAt: '2026-12-01T15:45:00.000Z',
      occurrenceStart: '2026-12-01T15:00:00.000Z',
      attendees: [{ stakeholder: { id: pmId }, attended: false }],
      previousMeeting: null,
      abilities: { edit: true },
    });
    expect(agendaOf(meeting).map((i) => [i.section, i.title, i.source?.kind])).toEqual([
      ['open_blockers', 'Vendor labelling backlog', 'raid_item'],
      ['milestones_due', 'Label AI video: Vendor pilot', 'milestone'],
    ]);
    expect(agendaOf(meeting)[1]).toMatchObject({ detail: 'Due Dec 10, 2026', source: { id: milestoneId } });
    const again = await openAt(pm, group.id, '2026-12-01T15:00:00.000Z');
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(meeting.id);
    const occurrences = (await pm.get(`/api/working-groups/${group.id}/occurrences?count=1`)).json().items;
    expect(occurrences[0].meetingId).toBe(meeting.id);

    const notInSeries = await openAt(pm, group.id, '2026-12-02T15:00:00.000Z');
    expect(expectProblem(notInSeries, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.occurrenceStart');
    const backwards = await pm.post(`/api/working-groups/${group.id}/meetings`, {
      startsAt: '2026-12-03T10:00:00Z',
      endsAt: '2026-12-03T09:00:00Z',
    });
    expect(expectProblem(backwards, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.endsAt');
    const adHoc = await pm.post(`/api/working-groups/${group.id}/meetings`, {
      title: 'Vendor deep-dive',
      startsAt: '2026-12-03T10:00:00Z',
      endsAt: '2026-12-03T11:00:00Z',
      videoLink: 'https://meet.example/abc',
    });
    expect(adHoc.statusCode, adHoc.body).toBe(201);
    expect(adHoc.json()).toMatchObject({ occurrenceStart: null, previousMeeting: { id: meeting.id } });
    const list = (await pm.get(`/api/working-groups/${group.id}/meetings`)).json().items;
    expect(list.map((m: { title: string }) => m.title)).toEqual([
      'Vendor deep-dive',
      'AI-generated content · Dec 1, 2026',
    ]);
    expectProblem(await openAt(pm, MISSING, '2026-12-01T15:00:00.000Z'), 404, 'NOT_FOUND');
    expectProblem(await pm.get(`/api/meetings/${MISSING}`), 404, 'NOT_FOUND');
  });

  it('pre-fills recent launches of linked CRs and policies in scope since the previous meeting, need-to-know', async () => {
    const launch = async (slug: string, restricted: boolean, launchedAt: string) => {
      const policyId = await policy(admin, slug, restricted);
      const version = (await admin.post(`/api/policies/${slug}/versions`, { body: '# Text' })).json();
      const cr = await admin.post('/api/change-requests', {
        title: `Change ${slug}`,
        type: 'editorial',
        source: 'escalation',
        targetPolicyId: policyId,
        ownerId: admin.userId,
      });
      expect(cr.statusCode, cr.body).toBe(201);
      // The launch itself is the change-request module's (tested there); the agenda only reads its row.
      await queryBuilder(t.database.scope)
        .insertInto('change_request_launches')
        .values({
          change_request_id: cr.json().id,
          policy_version_id: version.id,
          effective_date: launchedAt.slice(0, 10),
          approver_id: null,
          launched_by: admin.userId,
          published_at: launchedAt,
          launched_at: launchedAt,
          scheduled_for: null,
        })
        .execute();
      return { policyId, crId: cr.json().id as string };
    };
    const inScope = await launch('misinformation', false, '2026-11-27T09:00:00.000Z');
    const hidden = await launch('minor-safety-draft', true, '2026-11-28T09:00:00.000Z');
    const old = await launch('adult-nudity', false, '2026-10-01T09:00:00.000Z');
    const adminId = await stakeholderOf(t, admin);
    const group = await formGroup(admin, adminId, {
      charter: { policyIds: [inScope.policyId, hidden.policyId, old.policyId] },
      members: [{ stakeholderId: pmId, role: 'secretary' }],
    });
    const asPm = (await openAt(pm, group.id, '2026-12-01T15:00:00.000Z')).json();
    expect(agendaOf(asPm).map((i) => [i.section, i.source?.id])).toEqual([['recent_launches', inScope.crId]]);
    expect(agendaOf(asPm)[0]!.detail).toBe('Launched Nov 27, 2026 · effective Nov 27, 2026');
    const asAdmin = (await pm.post(`/api/meetings/${asPm.id}/refresh`)).json();
    expect(agendaOf(asAdmin)).toHaveLength(1);
    const refreshed = (await admin.post(`/api/meetings/${asPm.id}/refresh`)).json();
    expect(agendaOf(refreshed).map((i) => i.source?.id)).toEqual([inScope.crId, hidden.crId]);
    // Stored now, but still hidden from the PM who may not see the restricted policy.
    expect(agendaOf((await pm.get(`/api/meetings/${asPm.id}`)).json()).map((i) => i.source?.id)).toEqual([
      inScope.crId,
    ]);
  });

  it('carries open items and open actions forward to the next meeting of the series', async () => {
    const group = await formGroup(pm, pmId);
    blockers = [blocker('01900000-0000-7000-8000-0000000000b1', 'Vendor labelling backlog')];
    const first = (await openAt(pm, group.id, '2026-12-01T15:00:00.000Z')).json();
    const [item] = agendaOf(first);
    const withTyped = (
      await pm.post(`/api/meetings/${first.id}/agenda-items`, { title: 'Glossary review', detail: 'From Olivia' })
    ).json();
    const typed = agendaOf(withTyped).find((i) => i.title === 'Glossary review')!;
    await pm.patch(`/api/meetings/${first.id}/agenda-items/${typed.id}`, { version: 1, done: true });
    const owner = await contact(pm, 'Olivia Chen');
    const outcome = await pm.post(`/api/meetings/${first.id}/agenda-items/${typed.id}/outcomes`, {
      kind: 'action',
      title: 'Draft label copy',
      ownerId: owner,
      dueDate: '2026-12-05',
    });
    expect(outcome.statusCode, outcome.body).toBe(201);
    const action = agendaOf(outcome.json()).find((i) => i.id === typed.id)!.outcomes[0]!;
    expect(action).toMatchObject({ kind: 'action', text: 'Draft label copy', record: { title: 'Draft label copy' } });
    const closedAction = await pm.post(`/api/meetings/${first.id}/agenda-items/${typed.id}/outcomes`, {
      kind: 'action',
      title: 'Book the room',
      ownerId: owner,
    });
    const bookId = agendaOf(closedAction.json()).find((i) => i.id === typed.id)!.outcomes[1]!.record!.id;
    const done = await pm.post(`/api/action-items/${bookId}/status`, { version: 1, status: 'done' });
    expect(done.statusCode, done.body).toBe(200);

    blockers = [];
    const second = (await openAt(pm, group.id, '2026-12-08T15:00:00.000Z')).json();
    expect(second.previousMeeting).toMatchObject({ id: first.id });
    expect(agendaOf(second).map((i) => [i.section, i.title, i.carriedFrom])).toEqual([
      ['carried_forward', 'Vendor labelling backlog', '2026-12-01'],
      ['carried_forward', 'Draft label copy', '2026-12-01'],
    ]);
    expect(agendaOf(second)[0]!.source).toMatchObject({ id: item!.source!.id });

    // Still open a week later: carried again, keeping the date it was first on the agenda.
    const third = (await openAt(pm, group.id, '2026-12-15T15:00:00.000Z')).json();
    expect(agendaOf(third).map((i) => [i.title, i.carriedFrom])).toEqual([
      ['Vendor labelling backlog', '2026-12-01'],
      ['Draft label copy', '2026-12-01'],
    ]);
  });

  it('refreshes from live data without duplicating, marks done at the version read', async () => {
    const group = await formGroup(pm, pmId);
    blockers = [blocker('01900000-0000-7000-8000-0000000000b1', 'Backlog')];
    const meeting = (await openAt(pm, group.id, '2026-12-01T15:00:00.000Z')).json();
    blockers = [
      blocker('01900000-0000-7000-8000-0000000000b1', 'Backlog'),
      blocker('01900000-0000-7000-8000-0000000000b2', 'Legal sign-off'),
    ];
    const refreshed = (await pm.post(`/api/meetings/${meeting.id}/refresh`)).json();
    expect(agendaOf(refreshed).map((i) => i.title)).toEqual(['Backlog', 'Legal sign-off']);
    expect(agendaOf((await pm.post(`/api/meetings/${meeting.id}/refresh`)).json())).toHaveLength(2);

    const item = agendaOf(refreshed)[0]!;
    const marked = await pm.patch(`/api/meetings/${meeting.id}/agenda-items/${item.id}`, { version: 1, done: true });
    expect(agendaOf(marked.json())[0]).toMatchObject({ done: true, version: 2 });
    const stale = await pm.patch(`/api/meetings/${meeting.id}/agenda-items/${item.id}`, { version: 1, done: false });
    expectProblem(stale, 409, 'VERSION_CONFLICT');
    expectProblem(
      await pm.patch(`/api/meetings/${meeting.id}/agenda-items/${MISSING}`, { version: 1 }),
      404,
      'NOT_FOUND',
    );
  });

  it('records information, and decisions through the decision port', async () => {
    const group = await formGroup(pm, pmId);
    blockers = [blocker('01900000-0000-7000-8000-0000000000b1', 'Backlog')];
    const meeting = (await openAt(pm, group.id, '2026-12-01T15:00:00.000Z')).json();
    const itemId = agendaOf(meeting)[0]!.id;
    const url = `/api/meetings/${meeting.id}/agenda-items/${itemId}/outcomes`;
    const info = await pm.post(url, { kind: 'information', text: 'Vendor is hiring' });
    expect(agendaOf(info.json())[0]!.outcomes).toMatchObject([
      { kind: 'information', text: 'Vendor is hiring', record: null },
    ]);
    const seen: unknown[] = [];
    t.services.workingGroups.meetings.useOutcomePorts({
      decisions: {
        async createFromMeeting(_trx, _actor, ref, input) {
          seen.push({ ref, input });
          return { id: '01900000-0000-7000-8000-0000000000d1', title: input.title, href: '/decisions/d1' };
        },
      },
    });
    const decision = await pm.post(url, { kind: 'decision', title: 'Label AI video', decision: 'Label it' });
    expect(decision.statusCode, decision.body).toBe(201);
    expect(agendaOf(decision.json())[0]!.outcomes[1]).toMatchObject({
      kind: 'decision',
      record: { id: '01900000-0000-7000-8000-0000000000d1', title: 'Label AI video', href: '/decisions/d1' },
    });
    expect(seen).toEqual([
      {
        ref: { id: meeting.id, workingGroupId: group.id, startsAt: '2026-12-01T15:00:00.000Z' },
        input: { title: 'Label AI video', context: '', decision: 'Label it', rationale: '', status: 'accepted' },
      },
    ]);
    const noOwner = await pm.post(url, { kind: 'action', title: 'X', ownerId: MISSING });
    expect(expectProblem(noOwner, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.ownerId');
    expectProblem(await pm.post(url, { kind: 'verdict', text: 'x' }), 400, 'VALIDATION_FAILED');
  });

  it('edits notes (sanitised), attendees, times; 409 when stale; the chair may run it without manage', async () => {
    const reviewer = await t.signIn('xfn_reviewer');
    const reviewerId = await stakeholderOf(t, reviewer);
    const viewer = await t.signIn('viewer');
    const group = await formGroup(pm, reviewerId, { members: [{ stakeholderId: pmId, role: 'member' }] });
    const opened = await openAt(reviewer, group.id, '2026-12-01T15:00:00.000Z');
    expect(opened.statusCode, opened.body).toBe(201);
    const meeting = opened.json();
    const edited = await reviewer.patch(`/api/meetings/${meeting.id}`, {
      version: 1,
      notes: '## Notes\n<img src=x onerror=alert(1)> **agreed**',
      attendees: [
        { stakeholderId: reviewerId, attended: true },
        { stakeholderId: pmId, attended: false },
      ],
      startsAt: '2026-12-01T16:00:00Z',
      endsAt: '2026-12-01T16:45:00Z',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const body = edited.json();
    expect(body.notesHtml).toContain('<strong>agreed</strong>');
    expect(body.notesHtml).not.toContain('<img');
    expect(body.notesHtml).toContain('&lt;img');
    expect(body.attendees.map((a: { attended: boolean }) => a.attended)).toEqual([true, false]);
    expect(body).toMatchObject({
      startsAt: '2026-12-01T16:00:00.000Z',
      occurrenceStart: '2026-12-01T15:00:00.000Z',
      version: 2,
    });
    expectProblem(
      await reviewer.patch(`/api/meetings/${meeting.id}`, { version: 1, notes: 'late' }),
      409,
      'VERSION_CONFLICT',
    );
    const backwards = await reviewer.patch(`/api/meetings/${meeting.id}`, {
      version: 2,
      endsAt: '2026-12-01T15:00:00Z',
    });
    expect(expectProblem(backwards, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.endsAt');
    const stranger = await reviewer.patch(`/api/meetings/${meeting.id}`, {
      version: 2,
      attendees: [{ stakeholderId: MISSING, attended: true }],
    });
    expect(expectProblem(stranger, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.attendees.0.stakeholderId');

    const engagement = (await viewer.get(`/api/stakeholders/${reviewerId}/engagement`)).json();
    expect(engagement.items).toContainEqual(
      expect.objectContaining({ kind: 'meeting_attended', title: meeting.title, href: `/meetings/${meeting.id}` }),
    );
    const pmEngagement = (await viewer.get(`/api/stakeholders/${pmId}/engagement`)).json();
    expect(pmEngagement.items.filter((e: { kind: string }) => e.kind === 'meeting_attended')).toEqual([]);
    expect((await viewer.get(`/api/meetings/${meeting.id}`)).json().abilities).toEqual({ edit: false });
    expectProblem(await viewer.patch(`/api/meetings/${meeting.id}`, { version: 2, notes: 'x' }), 403, 'FORBIDDEN');
    expectProblem(await openAt(viewer, group.id, '2026-12-08T15:00:00.000Z'), 403, 'FORBIDDEN');
    expectProblem(await viewer.post(`/api/meetings/${meeting.id}/refresh`), 403, 'FORBIDDEN');
    expectProblem(await viewer.post(`/api/meetings/${meeting.id}/agenda-items`, { title: 'x' }), 403, 'FORBIDDEN');

    // The chair records an action from the notes, though their role alone may not create actions.
    const withItem = (await reviewer.post(`/api/meetings/${meeting.id}/agenda-items`, { title: 'Label copy' })).json();
    const itemId = agendaOf(withItem).find((i) => i.title === 'Label copy')!.id;
    const fromNotes = await reviewer.post(`/api/meetings/${meeting.id}/agenda-items/${itemId}/outcomes`, {
      kind: 'action',
      title: 'Send the label copy to Legal',
      ownerId: reviewerId,
    });
    expect(fromNotes.statusCode, fromNotes.body).toBe(201);
    expectProblem(await reviewer.post('/api/action-items', { title: 'Outside a meeting', ownerId: reviewerId }), 403);
  });
});
