import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { MISSING, WEEKLY, contact, formGroup, policy, stakeholderOf } from './wg-test-kit.js';

describe.each(DIALECTS)('working groups on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let viewer: TestClient;
  let pmId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    viewer = await t.signIn('viewer');
    pmId = await stakeholderOf(t, pm);
    t.clock.setToday('2026-11-26');
  });
  afterEach(async () => t.close());

  it('forms a group with charter, members, cadence and links; lists and reads it', async () => {
    const tom = await contact(pm, 'Tom Becker');
    const policyId = await policy(admin, 'misinformation');
    const group = await formGroup(pm, pmId, {
      charter: {
        purpose: 'Label **AI** media <script>alert(1)</script>',
        policyIds: [policyId],
        deliverables: ['Labelling rule'],
        successCriteria: ['Labels live in 3 markets'],
        endDate: '2027-03-31',
      },
      members: [
        { stakeholderId: tom, role: 'member' },
        { stakeholderId: pmId, role: 'secretary' },
      ],
    });
    expect(group).toMatchObject({
      status: 'forming',
      moves: ['active', 'closed'],
      version: 1,
      nextMeetingAt: '2026-12-01T15:00:00.000Z',
      members: [
        { stakeholder: { id: pmId }, role: 'chair' },
        { stakeholder: { id: tom, name: 'Tom Becker' }, role: 'member' },
      ],
    });
    const read = (await viewer.get(`/api/working-groups/${group.id}`)).json();
    expect(read.charter.policies).toEqual([
      { kind: 'policy', id: policyId, title: 'Policy misinformation', href: '/policies/misinformation' },
    ]);
    expect(read.charter.purposeHtml).toContain('<strong>AI</strong>');
    expect(read.charter.purposeHtml).not.toContain('<script>');
    expect(read.cadence).toMatchObject({ rule: 'FREQ=WEEKLY;BYDAY=TU', summary: 'every week on Tuesday' });
    expect(read.abilities).toEqual({ update: false, runMeetings: false });

    const list = (await viewer.get('/api/working-groups')).json().items;
    expect(list).toEqual([
      expect.objectContaining({ id: group.id, memberCount: 2, nextMeetingAt: '2026-12-01T15:00:00.000Z' }),
    ]);
    expect((await viewer.get('/api/working-groups?status=active')).json().items).toEqual([]);

    const upcoming = (await viewer.get(`/api/working-groups/${group.id}/occurrences?count=2`)).json().items;
    expect(upcoming).toEqual([
      { startsAt: '2026-12-01T15:00:00.000Z', endsAt: '2026-12-01T15:45:00.000Z', meetingId: null },
      { startsAt: '2026-12-08T15:00:00.000Z', endsAt: '2026-12-08T15:45:00.000Z', meetingId: null },
    ]);
  });

  it('previews a cadence and refuses an unparsable rule naming cadence.rule', async () => {
    // The day after an occurrence (Thursday Nov 26): the preview starts from now, whatever the time of day.
    t.clock.setToday('2026-11-27');
    const preview = await viewer.post('/api/working-groups/cadence-preview', {
      cadence: { ...WEEKLY, rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', startsAt: '2026-08-20T14:00:00Z' },
      count: 2,
    });
    expect(preview.json()).toEqual({
      summary: 'every 2 weeks on Thursday',
      occurrences: ['2026-12-10T14:00:00.000Z', '2026-12-24T14:00:00.000Z'],
    });
    const bad = await viewer.post('/api/working-groups/cadence-preview', {
      cadence: { ...WEEKLY, rule: 'FREQ=SOMETIMES' },
    });
    expect(expectProblem(bad, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.cadence.rule');
    const create = await pm.post('/api/working-groups', {
      name: 'X',
      chairId: pmId,
      cadence: { ...WEEKLY, rule: 'nope' },
    });
    expect(expectProblem(create, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.cadence.rule');
    const zone = await pm.post('/api/working-groups', {
      name: 'X',
      chairId: pmId,
      cadence: { ...WEEKLY, timeZone: 'Mars/Base' },
    });
    expect(expectProblem(zone, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.cadence.timeZone');
  });

  it('names the field of people, policies and links that are not there', async () => {
    const chair = await pm.post('/api/working-groups', { name: 'X', chairId: MISSING });
    expect(expectProblem(chair, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.chairId');
    const member = await pm.post('/api/working-groups', {
      name: 'X',
      chairId: pmId,
      members: [{ stakeholderId: MISSING, role: 'member' }],
    });
    expect(expectProblem(member, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.members.0.stakeholderId');
    const hidden = await policy(admin, 'minor-safety-draft', true);
    const restricted = await pm.post('/api/working-groups', {
      name: 'X',
      chairId: pmId,
      charter: { policyIds: [hidden] },
    });
    expect(expectProblem(restricted, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.charter.policyIds.0.id');
    const link = await pm.post('/api/working-groups', {
      name: 'X',
      chairId: pmId,
      links: [{ kind: 'initiative', id: MISSING }],
    });
    expect(expectProblem(link, 400, 'VALIDATION_FAILED').errors?.[0]?.path).toBe('body.links.0.id');
    expectProblem(await pm.post('/api/working-groups', { name: '', chairId: pmId }), 400, 'VALIDATION_FAILED');
  });

  it('edits at the version read, keeps links the editor cannot see, answers 409 when stale', async () => {
    const hidden = await policy(admin, 'minor-safety-draft', true);
    const open = await policy(admin, 'adult-nudity');
    const adminId = await stakeholderOf(t, admin);
    const group = await formGroup(admin, adminId, { charter: { policyIds: [hidden] } });
    const edited = await pm.patch(`/api/working-groups/${group.id}`, {
      version: 1,
      name: 'AI content',
      charter: { policyIds: [open] },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().charter.policies.map((p: { id: string }) => p.id)).toEqual([open]);
    const asAdmin = (await admin.get(`/api/working-groups/${group.id}`)).json();
    expect(asAdmin.charter.policies.map((p: { id: string }) => p.id).sort()).toEqual([open, hidden].sort());
    expect(asAdmin).toMatchObject({ name: 'AI content', version: 2 });
    expectProblem(
      await pm.patch(`/api/working-groups/${group.id}`, { version: 1, name: 'Late' }),
      409,
      'VERSION_CONFLICT',
    );
    expectProblem(await pm.patch(`/api/working-groups/${MISSING}`, { version: 1, name: 'X' }), 404, 'NOT_FOUND');
  });

  it('moves forming → active → paused ↔ active → closed, refusing other moves with the ones allowed', async () => {
    const group = await formGroup(pm, pmId);
    const move = (to: string, version: number) =>
      pm.post(`/api/working-groups/${group.id}/transition`, { to, version });
    const refused = expectProblem(await move('paused', 1), 409, 'INVALID_STATE');
    expect(refused.detail).toBe('From forming a group may move to active or closed');
    expect((await move('active', 1)).json()).toMatchObject({ status: 'active', moves: ['paused', 'closed'] });
    expect((await move('paused', 2)).json()).toMatchObject({ status: 'paused', nextMeetingAt: null });
    expect((await move('active', 3)).json().status).toBe('active');
    expectProblem(await move('closed', 3), 409, 'VERSION_CONFLICT');
    expect((await move('closed', 4)).json()).toMatchObject({ status: 'closed', moves: [] });
    expect(expectProblem(await move('active', 5), 409, 'INVALID_STATE').detail).toBe('A closed group cannot move');
  });

  it('forbids writes without governance.manage and answers 404 for a missing group', async () => {
    const viewerId = await stakeholderOf(t, viewer);
    expectProblem(await viewer.post('/api/working-groups', { name: 'X', chairId: viewerId }), 403, 'FORBIDDEN');
    const reviewer = await t.signIn('xfn_reviewer');
    const group = await formGroup(pm, pmId);
    expectProblem(await reviewer.patch(`/api/working-groups/${group.id}`, { version: 1, name: 'X' }), 403, 'FORBIDDEN');
    expectProblem(
      await reviewer.post(`/api/working-groups/${group.id}/transition`, { version: 1, to: 'active' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await viewer.get(`/api/working-groups/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await viewer.get(`/api/working-groups/${MISSING}/occurrences`), 404, 'NOT_FOUND');
    expect((await t.anonymous.get('/api/working-groups')).statusCode).toBe(401);
  });
});
