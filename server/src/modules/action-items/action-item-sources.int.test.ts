import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';
import {
  changeRequestLaunchesCalendarSource,
  roadmapMilestonesCalendarSource,
} from '../calendar/calendar-planning-sources.js';
import { actionsOwnedEngagementSource, overdueActionsAgendaSource } from './action-item-sources.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';
import { addAction, stakeholderOf } from './action-items-test-kit.js';

const GROUP = '01900000-0000-7000-8000-0000000000aa';

describe.each(DIALECTS)('action item sources on %s', (dialect) => {
  let t: TestApp;
  let pm: TestClient;
  let viewer: TestClient;
  let viewerId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    t.clock.setToday('2026-12-01');
    pm = await t.signIn('program_manager');
    viewer = await t.signIn('viewer');
    viewerId = await stakeholderOf(t, viewer);
  });
  afterEach(async () => t.close());

  const actorOf = (client: TestClient, role: 'program_manager' | 'viewer') => ({
    id: client.userId,
    name: role,
    email: `${role}@example.com`,
    role,
    version: 1,
    sessionId: null,
    sessionExpiresAt: null,
    tokenId: null,
    requestId: 'test',
  });

  it('puts a group’s overdue actions on its agenda and every owned action in the owner’s engagement', async () => {
    await t.services.actionItems.actionItems.createFromMeeting(
      t.database.scope,
      actorOf(pm, 'program_manager'),
      { id: '01900000-0000-7000-8000-0000000000bb', workingGroupId: GROUP, startsAt: '2026-11-24T15:00:00Z' },
      { title: 'Send the minutes', ownerId: viewerId, dueDate: '2026-11-27' },
    );
    await addAction(pm, { title: 'Not the group’s', ownerId: viewerId, dueDate: '2026-11-20' });
    const agenda = overdueActionsAgendaSource(t.services.stakeholders.directory);
    expect(agenda.section).toBe('overdue_actions');
    const items = await agenda.items(t.database.scope, actorOf(pm, 'program_manager'), {
      workingGroupId: GROUP,
      initiativeIds: [],
      changeRequestIds: [],
      policyIds: [],
      meetingDate: '2026-12-01',
      previousMeetingDate: '2026-11-24',
    });
    expect(items.map((i) => [i.sourceKind, i.title])).toEqual([['action_item', 'Send the minutes']]);
    expect(items[0]!.detail).toMatch(/· due Nov 27, 2026 · open$/);
    // Read against an earlier meeting day, it was not overdue yet.
    const before = await agenda.items(t.database.scope, actorOf(pm, 'program_manager'), {
      workingGroupId: GROUP,
      initiativeIds: [],
      changeRequestIds: [],
      policyIds: [],
      meetingDate: '2026-11-27',
      previousMeetingDate: null,
    });
    expect(before).toEqual([]);

    const engagement = await actionsOwnedEngagementSource(t.database.scope, actorOf(pm, 'program_manager'), {
      stakeholderId: viewerId,
      userId: viewer.userId,
    });
    expect(engagement.map((e) => [e.kind, e.title]).sort()).toEqual([
      ['action_owned', 'Not the group’s'],
      ['action_owned', 'Send the minutes'],
    ]);
  });

  it('puts milestones of initiatives I own on my calendar feed', async () => {
    const initiative = await pm.post('/api/roadmap/initiatives', {
      title: 'Label AI video',
      ownerId: pm.userId,
      start: 'FY2027-Q1',
      end: 'FY2027-Q2',
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    const milestone = await pm.post(`/api/roadmap/initiatives/${initiative.json().id}/milestones`, {
      title: 'Policy live',
      date: '2027-02-01',
    });
    expect(milestone.statusCode, milestone.body).toBe(201);
    const owner = { kind: 'person' as const, stakeholderId: await stakeholderOf(t, pm), userId: pm.userId };
    const entries = await roadmapMilestonesCalendarSource(t.database.scope, actorOf(pm, 'program_manager'), owner);
    expect(entries).toMatchObject([
      { summary: 'Milestone: Policy live (Label AI video)', start: '2027-02-01', allDay: true },
    ]);
    expect(await changeRequestLaunchesCalendarSource(t.database.scope, actorOf(pm, 'program_manager'), owner)).toEqual(
      [],
    );
    // The same through a feed, parsed by ical.js.
    const feed = (await pm.post('/api/calendar/feeds', { ownerKind: 'person', name: 'All' })).json();
    const ics = await t.anonymous.get(new URL(feed.url).pathname);
    const events = new ICAL.Component(ICAL.parse(ics.body)).getAllSubcomponents('vevent');
    const start = events.map((v) => v.getFirstPropertyValue('dtstart') as ICAL.Time);
    expect(start.map((s) => [s.isDate, s.toString()])).toEqual([[true, '2027-02-01']]);
  });

  it('leaves a launch of a CR on a restricted policy off the calendar of someone who may not see it', async () => {
    const admin = await t.signIn('admin');
    const owner = await t.signIn('policy_owner');
    const secret = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    const open = await policyWithDraft(admin, 'bullying', { ownerIds: [owner.userId] });
    const launched = async (policy: { policyId: string; draftId: string }, title: string) => {
      const cr = await owner.post('/api/change-requests', {
        title,
        type: 'clarification',
        source: 'escalation',
        targetPolicyId: policy.policyId,
        ownerId: owner.userId,
      });
      expect(cr.statusCode, cr.body).toBe(201);
      // The launch row as the launch service writes it (the workflow to get there is tested in cr-launch).
      await t.database.db
        .insertInto('change_request_launches')
        .values({
          change_request_id: cr.json().id,
          policy_version_id: policy.draftId,
          effective_date: '2026-12-15',
          approver_id: null,
          launched_by: owner.userId,
          published_at: '2026-12-01T10:00:00.000Z',
          launched_at: '2026-12-01T10:00:00.000Z',
          scheduled_for: null,
        })
        .execute();
    };
    await launched(secret, 'Tighten sextortion rules');
    await launched(open, 'Clarify bullying of minors');
    const person = { kind: 'person' as const, stakeholderId: await stakeholderOf(t, owner), userId: owner.userId };
    const asOwner = await changeRequestLaunchesCalendarSource(
      t.database.scope,
      { ...actorOf(pm, 'program_manager'), id: owner.userId, role: 'policy_owner' as never },
      person,
    );
    expect(asOwner.map((e) => e.summary)).toEqual([
      'Launch: CR-1 Tighten sextortion rules',
      'Launch: CR-2 Clarify bullying of minors',
    ]);
    const asPm = await changeRequestLaunchesCalendarSource(t.database.scope, actorOf(pm, 'program_manager'), person);
    expect(asPm.map((e) => [e.summary, e.start, e.allDay])).toEqual([
      ['Launch: CR-2 Clarify bullying of minors', '2026-12-15', true],
    ]);
  });
});
