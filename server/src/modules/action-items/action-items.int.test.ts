import { addDays } from '@policyops/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';
import { addAction, contact, stakeholderOf, type ActionView } from './action-items-test-kit.js';

const URL = '/api/action-items';
const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('action items on %s', (dialect) => {
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

  it('creates, reads, edits and audits an action with an owner from the directory', async () => {
    const created = await addAction(pm, { title: 'Draft the FAQ', ownerId: viewerId, dueDate: '2026-12-04' });
    expect(created).toMatchObject({
      title: 'Draft the FAQ',
      status: 'open',
      overdue: false,
      version: 1,
      source: { kind: 'manual', id: null },
      owner: { id: viewerId, userId: viewer.userId },
      abilities: { update: true, changeStatus: true },
    });
    const seen = (await viewer.get(`${URL}/${created.id}`)).json();
    expect(seen.abilities).toEqual({ update: false, changeStatus: true });

    const edited = await pm.patch(`${URL}/${created.id}`, { version: 1, dueDate: '2026-11-20', notes: 'Use **bold**' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ dueDate: '2026-11-20', overdue: true, version: 2, notes: 'Use **bold**' });

    const admin = await t.signIn('admin');
    const events = (await admin.get(`/api/audit-events?entityId=${created.id}`)).json().items;
    expect(events.map((e: { action: string }) => e.action).sort()).toEqual([
      'action_item.created',
      'action_item.updated',
    ]);
  });

  it('lets the owner move their own action with governance.read, and no one else without governance.manage', async () => {
    const action = await addAction(pm, { title: 'Review labels', ownerId: viewerId });
    const moved = await viewer.post(`${URL}/${action.id}/status`, { version: 1, status: 'in_progress' });
    expect(moved.statusCode, moved.body).toBe(200);
    const done = await viewer.post(`${URL}/${action.id}/status`, { version: 2, status: 'done' });
    expect(done.json()).toMatchObject({ status: 'done', version: 3 });
    expect(done.json().doneAt).not.toBeNull();

    const other = await t.signIn('viewer');
    expectProblem(await other.post(`${URL}/${action.id}/status`, { version: 3, status: 'open' }), 403, 'FORBIDDEN');
    expectProblem(await viewer.patch(`${URL}/${action.id}`, { version: 3, title: 'Mine' }), 403, 'FORBIDDEN');
    expectProblem(await viewer.post(URL, { title: 'x', ownerId: viewerId }), 403, 'FORBIDDEN');
    const reopened = await pm.post(`${URL}/${action.id}/status`, { version: 3, status: 'open' });
    expect(reopened.json()).toMatchObject({ status: 'open', doneAt: null });
    const admin = await t.signIn('admin');
    const audit = (await admin.get('/api/audit-events?action=action_item.status_changed')).json().items;
    expect(audit).toHaveLength(3);
    expect(audit.map((e: { sentence: string }) => e.sentence).join(' | ')).toContain(
      'marked the action "Review labels" open (was done)',
    );
  });

  it('names the field at fault: an owner not in the directory, a bad date, a missing source', async () => {
    const noOwner = expectProblem(await pm.post(URL, { title: 'x', ownerId: MISSING }), 400, 'VALIDATION_FAILED');
    expect(noOwner.errors?.[0]?.path).toBe('body.ownerId');
    const badDate = expectProblem(await pm.post(URL, { title: 'x', ownerId: viewerId, dueDate: '2026-13-01' }), 400);
    expect(badDate.errors?.[0]?.path).toBe('body.dueDate');
    const noTitle = expectProblem(await pm.post(URL, { title: ' ', ownerId: viewerId }), 400);
    expect(noTitle.errors?.[0]?.path).toBe('body.title');
    const noSource = expectProblem(
      await pm.post(URL, { title: 'x', ownerId: viewerId, source: { kind: 'change_request', id: MISSING } }),
      400,
    );
    expect(noSource.errors?.[0]?.path).toBe('body.source.id');
    const manualWithId = expectProblem(
      await pm.post(URL, { title: 'x', ownerId: viewerId, source: { kind: 'manual', id: MISSING } }),
      400,
    );
    expect(manualWithId.errors?.[0]?.path).toBe('body.source.id');
    const badLink = expectProblem(
      await pm.post(URL, { title: 'x', ownerId: viewerId, links: [{ kind: 'policy', id: MISSING }] }),
      400,
    );
    expect(badLink.errors?.[0]?.path).toBe('body.links.0.id');
    const action = await addAction(pm, { title: 'Kept', ownerId: viewerId });
    const badPatch = expectProblem(await pm.patch(`${URL}/${action.id}`, { version: 1, ownerId: MISSING }), 400);
    expect(badPatch.errors?.[0]?.path).toBe('body.ownerId');
    expectProblem(await pm.get(`${URL}?status=nope`), 400, 'VALIDATION_FAILED');
    expectProblem(await pm.get(`${URL}?cursor=garbage`), 400, 'VALIDATION_FAILED');
  });

  it('answers 404 for a missing action, and 409 for a stale version', async () => {
    expectProblem(await pm.get(`${URL}/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`${URL}/${MISSING}`, { version: 1, title: 'x' }), 404, 'NOT_FOUND');
    expectProblem(await pm.post(`${URL}/${MISSING}/status`, { version: 1, status: 'done' }), 404, 'NOT_FOUND');
    const action = await addAction(pm, { title: 'First', ownerId: viewerId });
    expect((await pm.patch(`${URL}/${action.id}`, { version: 1, title: 'Second' })).statusCode).toBe(200);
    expectProblem(await pm.patch(`${URL}/${action.id}`, { version: 1, title: 'Stale' }), 409, 'VERSION_CONFLICT');
    expectProblem(await viewer.post(`${URL}/${action.id}/status`, { version: 1, status: 'done' }), 409);
    expect((await pm.get(`${URL}/${action.id}`)).json()).toMatchObject({ title: 'Second', version: 2, status: 'open' });
  });

  it('filters by owner, status, overdue, source and due date, and pages through every match', async () => {
    const other = await contact(pm, 'Ana Souza', 'ana@example.com');
    const today = t.clock.today();
    await addAction(pm, { title: 'Late', ownerId: viewerId, dueDate: addDays(today, -3) });
    await addAction(pm, { title: 'Soon', ownerId: viewerId, dueDate: addDays(today, 2) });
    await addAction(pm, { title: 'Undated', ownerId: other });
    const done = await addAction(pm, { title: 'Finished', ownerId: other, dueDate: addDays(today, -5) });
    await pm.post(`${URL}/${done.id}/status`, { version: 1, status: 'done' });
    const titles = async (query: string) =>
      ((await pm.get(`${URL}?${query}`)).json().items as ActionView[]).map((a) => a.title);
    expect(await titles(`ownerId=${viewerId}`)).toEqual(['Late', 'Soon']);
    expect(await titles('overdue=true')).toEqual(['Late']);
    expect(await titles('overdue=false')).toEqual(['Finished', 'Soon', 'Undated']);
    expect(await titles('status=done,cancelled')).toEqual(['Finished']);
    expect(await titles(`dueBefore=${today}`)).toEqual(['Finished', 'Late']);
    expect(await titles('sourceKind=manual')).toHaveLength(4);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: ActionView[]; nextCursor: string | null } = (
        await pm.get(`${URL}?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((a) => a.title));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Finished', 'Late', 'Soon', 'Undated']);
  });

  it('groups my actions: overdue, due this week, later, no date, recently done', async () => {
    const today = t.clock.today();
    const mk = (title: string, dueDate: string | null) => addAction(pm, { title, ownerId: viewerId, dueDate });
    await mk('Late', addDays(today, -1));
    await mk('Today', today);
    await mk('In six days', addDays(today, 6));
    await mk('Next week', addDays(today, 7));
    await mk('Whenever', null);
    const finished = await mk('Finished', today);
    await viewer.post(`${URL}/${finished.id}/status`, { version: 1, status: 'done' });
    await addAction(pm, { title: 'Not mine', ownerId: await stakeholderOf(t, pm) });
    const mine = (await viewer.get(`${URL}/mine`)).json();
    const names = (group: ActionView[]) => group.map((a) => a.title);
    expect(mine.owner.id).toBe(viewerId);
    expect(names(mine.overdue)).toEqual(['Late']);
    expect(names(mine.dueThisWeek)).toEqual(['Today', 'In six days']);
    expect(names(mine.later)).toEqual(['Next week']);
    expect(names(mine.noDate)).toEqual(['Whenever']);
    expect(names(mine.recentlyDone)).toEqual(['Finished']);
    t.clock.setToday(addDays(today, 15));
    expect((await viewer.get(`${URL}/mine`)).json().recentlyDone).toEqual([]);
  });

  it('hides an action linked to a restricted policy (or a CR on one) from whoever may not see it', async () => {
    const admin = await t.signIn('admin');
    const owner = await t.signIn('policy_owner');
    const { policyId } = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    const cr = await owner.post('/api/change-requests', {
      title: 'Tighten sextortion rules',
      type: 'clarification',
      source: 'escalation',
      targetPolicyId: policyId,
      ownerId: owner.userId,
    });
    expect(cr.statusCode, cr.body).toBe(201);
    const viaPolicy = await addAction(owner, {
      title: 'Secret policy work',
      ownerId: viewerId,
      links: [{ kind: 'policy', id: policyId }],
    });
    const viaCr = await addAction(owner, {
      title: 'Secret CR work',
      ownerId: viewerId,
      source: { kind: 'change_request', id: cr.json().id },
    });
    await addAction(owner, { title: 'Open work', ownerId: viewerId });
    const listed = async (client: TestClient) =>
      ((await client.get(URL)).json().items as ActionView[]).map((a) => a.title).sort();
    expect(await listed(owner)).toEqual(['Open work', 'Secret CR work', 'Secret policy work']);
    expect(await listed(pm)).toEqual(['Open work']);
    expectProblem(await pm.get(`${URL}/${viaPolicy.id}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`${URL}/${viaCr.id}`, { version: 1, title: 'x' }), 404, 'NOT_FOUND');
    // Even the owner of the action does not learn of it while the policy is hidden from them.
    expect((await viewer.get(`${URL}/mine`)).json().noDate.map((a: ActionView) => a.title)).toEqual(['Open work']);
    expectProblem(
      await pm.post(URL, { title: 'x', ownerId: viewerId, links: [{ kind: 'policy', id: policyId }] }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('serves the meetings port: actions from a meeting, and which are still open', async () => {
    const actor = {
      id: pm.userId,
      name: 'Program manager',
      email: 'pm@example.com',
      role: 'program_manager' as const,
      version: 1,
      sessionId: null,
      sessionExpiresAt: null,
      tokenId: null,
      requestId: 'test',
    };
    const meeting = {
      id: MISSING,
      workingGroupId: '01900000-0000-7000-8000-000000000001',
      startsAt: '2026-12-01T15:00:00Z',
    };
    const port = t.services.actionItems.actionItems;
    const a = await port.createFromMeeting(t.database.scope, actor, meeting, {
      title: 'Send the minutes',
      ownerId: viewerId,
      dueDate: '2026-12-03',
    });
    const b = await port.createFromMeeting(t.database.scope, actor, meeting, {
      title: 'Book the room',
      ownerId: viewerId,
      dueDate: null,
    });
    expect(a.href).toBe(`/actions?action=${a.id}`);
    await viewer.post(`${URL}/${b.id}/status`, { version: 1, status: 'cancelled' });
    expect([...(await port.stillOpen(t.database.scope, [a.id, b.id, MISSING]))]).toEqual([a.id]);
    const fromMeeting = (await pm.get(`${URL}?sourceKind=meeting&sourceId=${MISSING}`)).json().items;
    expect(fromMeeting.map((x: ActionView & { workingGroupId: string }) => x.workingGroupId)).toEqual([
      meeting.workingGroupId,
      meeting.workingGroupId,
    ]);
  });
});
