import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '@policyops/contracts';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';
import { stakeholderOf, twoTeams } from './raid-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('RAID items on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let ownerId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    ownerId = await stakeholderOf(t, pm);
  });
  afterEach(async () => t.close());

  const risk = (body: Record<string, unknown> = {}) =>
    pm.post('/api/raid/items', {
      kind: 'risk',
      title: 'Vendor misreads the label rule',
      probability: 4,
      impact: 5,
      ownerId,
      ...body,
    });

  it('logs risks with keys, score and band; lists, filters and pages them; draws the heat map', async () => {
    const created = await risk({ mitigation: 'Train the Accra site first' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      kind: 'risk',
      key: 'R-1',
      score: 20,
      band: 'critical',
      status: 'open',
      owner: { id: ownerId },
      version: 1,
      abilities: { update: true, escalate: false },
    });
    expect((await risk({ probability: 1, impact: 2 })).json()).toMatchObject({ key: 'R-2', score: 2, band: 'low' });
    await risk({ probability: 1, impact: 2, status: 'closed' });
    const issue = await pm.post('/api/raid/items', { kind: 'issue', title: 'No counsel in Brazil' });
    expect(issue.json()).toMatchObject({ key: 'I-1', isBlocker: false, currentLevel: 0, escalations: [] });

    const risks = (await pm.get('/api/raid/items?kind=risk&limit=2')).json();
    expect(risks.items.map((i: { key: string }) => i.key)).toEqual(['R-3', 'R-2']);
    const rest = (await pm.get(`/api/raid/items?kind=risk&limit=2&cursor=${risks.nextCursor}`)).json();
    expect(rest).toMatchObject({ items: [{ key: 'R-1' }], nextCursor: null });
    const cursor = expectProblem(await pm.get('/api/raid/items?cursor=abc'), 400, 'VALIDATION_FAILED');
    expect(cursor.errors?.[0]?.path).toBe('querystring.cursor');
    const cell = (await pm.get('/api/raid/items?kind=risk&probability=1&impact=2&status=open')).json();
    expect(cell.items.map((i: { key: string }) => i.key)).toEqual(['R-2']);
    expect((await pm.get(`/api/raid/items?ownerId=${ownerId}`)).json().items).toHaveLength(3);

    const map = (await (await t.signIn('viewer')).get('/api/raid/heat-map')).json();
    expect(map.cells).toHaveLength(25);
    expect(map.total).toBe(2);
    expect(map.cells[0]).toMatchObject({ probability: 5, impact: 1 });
    expect(
      map.cells.find((c: { probability: number; impact: number }) => c.probability === 4 && c.impact === 5),
    ).toEqual({ probability: 4, impact: 5, score: 20, band: 'critical', count: 1 });
  });

  it('edits at the version read, refuses a stale one and another kind', async () => {
    const item = (await risk()).json();
    const edited = await pm.patch(`/api/raid/items/${item.id}`, {
      kind: 'risk',
      version: 1,
      impact: 2,
      status: 'mitigating',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ score: 8, band: 'medium', status: 'mitigating', version: 2 });
    expectProblem(
      await pm.patch(`/api/raid/items/${item.id}`, { kind: 'risk', version: 1, impact: 3 }),
      409,
      'VERSION_CONFLICT',
    );
    const other = expectProblem(
      await pm.patch(`/api/raid/items/${item.id}`, { kind: 'issue', version: 2, severity: 'high' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(other.errors?.[0]?.path).toBe('body.kind');
    expectProblem(await pm.patch(`/api/raid/items/${MISSING}`, { kind: 'risk', version: 1 }), 404, 'NOT_FOUND');
    expect((await pm.get(`/api/raid/items/${item.id}`)).json()).toMatchObject({ impact: 2, version: 2 });
  });

  it('names the field of bad input', async () => {
    const scale = expectProblem(await risk({ probability: 6 }), 400, 'VALIDATION_FAILED');
    expect(scale.errors?.[0]?.path).toBe('body.probability');
    const owner = expectProblem(await risk({ ownerId: MISSING }), 400, 'VALIDATION_FAILED');
    expect(owner.errors?.[0]?.path).toBe('body.ownerId');
    const link = expectProblem(await risk({ links: [{ kind: 'initiative', id: MISSING }] }), 400, 'VALIDATION_FAILED');
    expect(link.errors?.[0]?.path).toBe('body.links.0.id');
    const path = expectProblem(
      await pm.post('/api/raid/items', {
        kind: 'issue',
        title: 'Blocked',
        escalationPath: [
          { stakeholderId: ownerId, label: 'Chair' },
          { stakeholderId: MISSING, label: 'Head' },
        ],
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(path.errors?.[0]?.path).toBe('body.escalationPath.1.stakeholderId');
    const [legal, ops] = await twoTeams(admin);
    const dependency = {
      kind: 'dependency',
      title: 'Brazil counsel review',
      requestingTeamId: legal,
      providingTeamId: ops,
    };
    const created = await pm.post('/api/raid/items', { ...dependency, neededBy: '2027-01-15' });
    expect(created.json()).toMatchObject({
      key: 'D-1',
      status: 'requested',
      requestingTeam: { id: legal, name: 'Legal EMEA' },
      providingTeam: { id: ops, name: 'Mod Ops Accra' },
    });
    const team = expectProblem(await pm.post('/api/raid/items', { ...dependency, providingTeamId: MISSING }), 400);
    expect(team.errors?.[0]?.path).toBe('body.providingTeamId');
    const self = expectProblem(await pm.post('/api/raid/items', { ...dependency, providingTeamId: legal }), 400);
    expect(self.errors?.[0]?.path).toBe('body.providingTeamId');
    const kind = expectProblem(await pm.post('/api/raid/items', { kind: 'rumour', title: 'x' }), 400);
    expect(kind.errors?.[0]?.path).toBe('body.kind');
  });

  it('lets everyone read and only managers write', async () => {
    const item = (await risk()).json();
    for (const role of ['viewer', 'xfn_reviewer'] as const) {
      const client = await t.signIn(role);
      expect((await client.get(`/api/raid/items/${item.id}`)).json().abilities).toEqual({
        update: false,
        escalate: false,
      });
      expectProblem(
        await client.post('/api/raid/items', { kind: 'risk', title: 'x', probability: 1, impact: 1 }),
        403,
        'FORBIDDEN',
      );
      expectProblem(await client.patch(`/api/raid/items/${item.id}`, { kind: 'risk', version: 1 }), 403, 'FORBIDDEN');
    }
    expectProblem(await pm.get(`/api/raid/items/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await t.anonymous.get('/api/raid/items'), 401);
  });

  it('hides items linked to a restricted policy, or to a CR on one, from who may not see it', async () => {
    const { policyId } = await policyWithDraft(admin, 'minor-safety', { restricted: true });
    const cr = (
      await admin.post('/api/change-requests', {
        title: 'Tighten grooming rule',
        type: 'clarification',
        source: 'escalation',
        targetPolicyId: policyId,
        ownerId: admin.userId,
      })
    ).json();
    const wg = (await risk()).json();
    const direct = (
      await admin.post('/api/raid/items', {
        kind: 'risk',
        title: 'Leak',
        probability: 5,
        impact: 5,
        links: [{ kind: 'policy', id: policyId }],
      })
    ).json();
    const viaCr = (
      await admin.post('/api/raid/items', {
        kind: 'issue',
        title: 'CR blocked',
        isBlocker: true,
        links: [{ kind: 'change_request', id: cr.id }],
      })
    ).json();
    expect((await admin.get('/api/raid/items')).json().items).toHaveLength(3);
    expect((await pm.get('/api/raid/items')).json().items.map((i: { id: string }) => i.id)).toEqual([wg.id]);
    expectProblem(await pm.get(`/api/raid/items/${direct.id}`), 404, 'NOT_FOUND');
    expectProblem(await pm.get(`/api/raid/items/${viaCr.id}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`/api/raid/items/${direct.id}`, { kind: 'risk', version: 1 }), 404, 'NOT_FOUND');
    expect((await pm.get('/api/raid/heat-map')).json().total).toBe(1);
    expect((await admin.get('/api/raid/heat-map')).json().total).toBe(2);
    expect((await admin.get(`/api/raid/summary?kind=change_request&id=${cr.id}`)).json()).toMatchObject({
      open: { issue: 1 },
      openBlockers: [{ id: viaCr.id }],
    });
    expect((await pm.get(`/api/raid/summary?kind=change_request&id=${cr.id}`)).json()).toMatchObject({
      open: { issue: 0 },
      openBlockers: [],
    });
  });
});

describe.each(DIALECTS)('RAID escalation on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let head: TestClient;
  let chairId: string;
  let headId: string;
  let vpId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    head = await t.signIn('policy_owner');
    chairId = await stakeholderOf(t, pm);
    headId = await stakeholderOf(t, head);
    vpId = await stakeholderOf(t, admin);
  });
  afterEach(async () => t.close());

  const blocker = async (levels: number, decisionNeededBy: string) => {
    const path = [
      { stakeholderId: chairId, label: 'Working group chair' },
      { stakeholderId: headId, label: 'Head of Policy' },
      { stakeholderId: vpId, label: 'VP Trust & Safety' },
    ].slice(0, levels);
    const res = await pm.post('/api/raid/items', {
      kind: 'issue',
      title: 'Legal sign-off on political-ad labels in Brazil',
      isBlocker: true,
      severity: 'high',
      ownerId: chairId,
      escalationPath: path,
      decisionNeededBy,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  it('escalates by hand one level at a time and refuses beyond the last, naming level', async () => {
    const item = await blocker(2, addDays(t.clock.today(), 5));
    expect(item).toMatchObject({ currentLevel: 1, abilities: { escalate: true }, decisionOverdue: false });
    expectProblem(await pm.post(`/api/raid/items/${item.id}/escalate`, { version: 2 }), 409, 'VERSION_CONFLICT');
    expectProblem(
      await (await t.signIn('viewer')).post(`/api/raid/items/${item.id}/escalate`, { version: 1 }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await pm.post(`/api/raid/items/${MISSING}/escalate`, { version: 1 }), 404, 'NOT_FOUND');
    const bad = expectProblem(await pm.post(`/api/raid/items/${item.id}/escalate`, { version: 'one' }), 400);
    expect(bad.errors?.[0]?.path).toBe('body.version');
    const up = await pm.post(`/api/raid/items/${item.id}/escalate`, { version: 1, note: 'Counsel silent' });
    expect(up.statusCode).toBe(200);
    expect(up.json()).toMatchObject({
      currentLevel: 2,
      version: 2,
      abilities: { escalate: false },
      escalations: [{ fromLevel: 1, toLevel: 2, automatic: false, byName: expect.any(String), note: 'Counsel silent' }],
    });
    const top = expectProblem(
      await pm.post(`/api/raid/items/${item.id}/escalate`, { version: 2 }),
      409,
      'INVALID_STATE',
    );
    expect(top.errors).toEqual([{ path: 'level', message: 'Already at the last level, Head of Policy' }]);
    const inbox = (await head.get('/api/notifications')).json();
    expect(inbox.items[0]).toMatchObject({
      kind: 'escalated',
      entity: { type: 'raid_item', id: item.id, title: `I-1 ${item.title}`, href: `/raid/${item.id}` },
    });
    const risk = (await pm.post('/api/raid/items', { kind: 'risk', title: 'r', probability: 1, impact: 1 })).json();
    expectProblem(await pm.post(`/api/raid/items/${risk.id}/escalate`, { version: 1 }), 409, 'INVALID_STATE');
  });

  it('the daily job escalates a blocker once its date has passed, once per date, and leaves the last level as is', async () => {
    const today = t.clock.today();
    const item = await blocker(3, addDays(today, 1));
    const fire = async () => {
      await t.services.jobs.fireSchedules(new Date(`${t.clock.today()}T07:31:00Z`));
      await t.services.jobs.drain();
    };
    // Not yet: the date has not passed.
    t.clock.setToday(addDays(today, 1));
    await fire();
    expect((await pm.get(`/api/raid/items/${item.id}`)).json()).toMatchObject({
      currentLevel: 1,
      decisionOverdue: false,
    });

    t.clock.setToday(addDays(today, 2));
    await fire();
    await fire();
    const escalated = (await pm.get(`/api/raid/items/${item.id}`)).json();
    expect(escalated).toMatchObject({ currentLevel: 2, decisionOverdue: true, atTop: false });
    expect(escalated.escalations).toEqual([
      expect.objectContaining({ fromLevel: 1, toLevel: 2, automatic: true, byName: null }),
    ]);
    const inbox = (await head.get('/api/notifications')).json();
    expect(inbox.items.filter((n: { kind: string }) => n.kind === 'escalated')).toHaveLength(1);

    // The next day the same missed date does not escalate again.
    t.clock.setToday(addDays(today, 3));
    await fire();
    expect((await pm.get(`/api/raid/items/${item.id}`)).json().currentLevel).toBe(2);

    // A new date that passes again: one more level, to the last.
    let version = escalated.version;
    const moved = await pm.patch(`/api/raid/items/${item.id}`, {
      kind: 'issue',
      version,
      decisionNeededBy: addDays(today, 3),
    });
    version = moved.json().version;
    t.clock.setToday(addDays(today, 4));
    await fire();
    const last = (await pm.get(`/api/raid/items/${item.id}`)).json();
    expect(last).toMatchObject({ currentLevel: 3, atTop: false });

    // At the last level a passed date leaves it there, marked at the top.
    await pm.patch(`/api/raid/items/${item.id}`, {
      kind: 'issue',
      version: last.version,
      decisionNeededBy: addDays(today, 4),
    });
    t.clock.setToday(addDays(today, 6));
    await fire();
    const stays = (await pm.get(`/api/raid/items/${item.id}`)).json();
    expect(stays).toMatchObject({ currentLevel: 3, atTop: true });
    expect(stays.escalations).toHaveLength(2);
    expect(version).toBeGreaterThan(1);
  });

  it('leaves resolved blockers alone', async () => {
    const today = t.clock.today();
    const item = await blocker(2, addDays(today, 1));
    const done = await pm.patch(`/api/raid/items/${item.id}`, {
      kind: 'issue',
      version: 1,
      status: 'resolved',
      resolution: 'Counsel signed',
    });
    expect(done.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });
    t.clock.setToday(addDays(today, 3));
    await t.services.jobs.fireSchedules(new Date(`${t.clock.today()}T07:31:00Z`));
    await t.services.jobs.drain();
    expect((await pm.get(`/api/raid/items/${item.id}`)).json()).toMatchObject({ currentLevel: 1, escalations: [] });
  });
});
