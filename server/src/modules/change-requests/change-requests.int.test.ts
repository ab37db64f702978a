import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from './cr-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('change requests on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
  });
  afterEach(async () => t.close());

  const open = (client: TestClient, body: Record<string, unknown>) =>
    client.post('/api/change-requests', {
      title: 'Clarify satire',
      type: 'new_policy',
      source: 'escalation',
      ownerId: pm.userId,
      ...body,
    });

  it('creates, reads, lists with filters and pages, exports CSV', async () => {
    const { policyId } = await policyWithDraft(admin, 'hate-speech');
    const created = await open(pm, {
      type: 'clarification',
      targetPolicyId: policyId,
      problemStatement: 'Satire is removed',
      scoring: { severity: 4, reach: 3, urgency: 5, effort: 2 },
    });
    expect(created.statusCode).toBe(201);
    const cr = created.json();
    expect(cr).toMatchObject({
      number: 1,
      stage: 'intake',
      lane: 'full',
      version: 1,
      targetPolicy: { id: policyId, slug: 'hate-speech' },
      score: { value: 30, formula: 'severity × reach × urgency ÷ effort', worked: '4 × 3 × 5 ÷ 2 = 30' },
      rank: 1,
      overdue: false,
      abilities: { update: true, transition: true, reorder: true },
    });
    expect(cr.laneReason).toContain('full workflow');
    expect(cr.moves.find((m: { to: string }) => m.to === 'scoping')).toMatchObject({ allowed: true });
    const editorial = (await open(pm, { type: 'editorial', targetPolicyId: policyId, title: 'Fix a typo' })).json();
    expect(editorial).toMatchObject({ number: 2, lane: 'fast' });
    expect(editorial.moves.find((m: { to: string }) => m.to === 'drafting').blockers.fields).toEqual([
      'problemStatement',
    ]);
    await open(pm, { title: '=HYPERLINK("x")' });

    expect((await pm.get(`/api/change-requests/${cr.id}`)).json().id).toBe(cr.id);
    t.clock.setToday('2099-01-01');
    expect((await pm.get(`/api/change-requests/${cr.id}`)).json()).toMatchObject({
      overdue: true,
      stageDueOn: expect.any(String),
    });
    t.clock.setToday(null);
    expect(
      (await pm.get('/api/change-requests?lane=fast')).json().items.map((i: { number: number }) => i.number),
    ).toEqual([2]);
    expect((await pm.get('/api/change-requests?q=SATIRE')).json().items).toHaveLength(1);
    // What a person types is matched literally: % and _ are not wildcards.
    expect((await pm.get('/api/change-requests?q=%25')).json().items).toHaveLength(0);
    expect((await pm.get('/api/change-requests?q=_')).json().items).toHaveLength(0);
    const first = (await pm.get('/api/change-requests?limit=2')).json();
    expect(first.items.map((i: { number: number }) => i.number)).toEqual([3, 2]);
    const second = (await pm.get(`/api/change-requests?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ number: 1 }], nextCursor: null });
    expectProblem(await pm.get('/api/change-requests?cursor=bogus'), 400, 'VALIDATION_FAILED');

    const csv = await pm.get('/api/change-requests/export.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[3]).toContain('"CR-1","Clarify satire","Clarification","Escalation","Intake","Full workflow"');
  });

  it('names the field at fault, hides restricted targets, refuses readers and stale versions', async () => {
    const bad = expectProblem(await open(pm, { title: '', type: 'clarification' }), 400, 'VALIDATION_FAILED');
    expect(bad.errors?.map((e) => e.path).sort()).toEqual(['body.targetPolicyId', 'body.title']);
    expectProblem(await open(pm, { ownerId: MISSING }), 400, 'VALIDATION_FAILED');

    const owner = await t.signIn('policy_owner');
    const { policyId } = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    const hidden = expectProblem(await open(pm, { type: 'clarification', targetPolicyId: policyId }), 404, 'NOT_FOUND');
    expect(hidden.errors?.[0]?.path).toBe('body.targetPolicyId');
    const secret = (await open(owner, { type: 'clarification', targetPolicyId: policyId })).json();
    expectProblem(await pm.get(`/api/change-requests/${secret.id}`), 404, 'NOT_FOUND');
    expect((await pm.get('/api/change-requests')).json().items).toHaveLength(0);
    expect((await owner.get('/api/change-requests')).json().items).toHaveLength(1);

    expectProblem(await pm.get(`/api/change-requests/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`/api/change-requests/${MISSING}`, { version: 1, title: 'x' }), 404, 'NOT_FOUND');
    for (const role of ['viewer', 'xfn_reviewer'] as const) {
      const reader = await t.signIn(role);
      expectProblem(await open(reader, {}), 403, 'FORBIDDEN');
      const mine = (await open(pm, {})).json();
      expect((await reader.get(`/api/change-requests/${mine.id}`)).json().abilities).toMatchObject({
        update: false,
        transition: false,
        reorder: false,
      });
      expectProblem(
        await reader.patch(`/api/change-requests/${mine.id}`, { version: 1, title: 'x' }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await reader.post(`/api/change-requests/${mine.id}/transitions`, { version: 1, to: 'withdrawn', reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    }

    const cr = (await open(pm, {})).json();
    const renamed = await pm.patch(`/api/change-requests/${cr.id}`, { version: 1, title: 'Renamed' });
    expect(renamed.json()).toMatchObject({ title: 'Renamed', version: 2, signOffsReset: null });
    expectProblem(
      await pm.patch(`/api/change-requests/${cr.id}`, { version: 1, title: 'Stale' }),
      409,
      'VERSION_CONFLICT',
    );
    const badPatch = expectProblem(
      await pm.patch(`/api/change-requests/${cr.id}`, {
        version: 2,
        scoring: { severity: 9, reach: 1, urgency: 1, effort: 1 },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(badPatch.errors?.[0]?.path).toBe('body.scoring.severity');
  });

  it('ranks the intake queue by score, keeps a placement by hand with its reason, clears a lapsed one', async () => {
    const score = (severity: number) => ({ severity, reach: 1, urgency: 1, effort: 1 });
    const low = (await open(pm, { title: 'Low', scoring: score(1), problemStatement: 'p' })).json();
    const high = (await open(pm, { title: 'High', scoring: score(5) })).json();
    const mid = (await open(pm, { title: 'Mid', scoring: score(3) })).json();
    const titles = async () =>
      (await pm.get('/api/change-requests/queue')).json().items.map((i: { title: string }) => i.title);
    expect(await titles()).toEqual(['High', 'Mid', 'Low']);

    expectProblem(
      await pm.post(`/api/change-requests/${mid.id}/placement`, { version: 1, afterId: low.id, reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    const placed = await pm.post(`/api/change-requests/${mid.id}/placement`, {
      version: 1,
      afterId: low.id,
      reason: 'Waits on the low one',
    });
    expect(placed.json()).toMatchObject({
      version: 2,
      manualPlacement: { afterId: low.id, reason: 'Waits on the low one' },
    });
    expect(await titles()).toEqual(['High', 'Low', 'Mid']);
    expectProblem(
      await pm.post(`/api/change-requests/${mid.id}/placement`, { version: 1, afterId: null, reason: 'x' }),
      409,
      'VERSION_CONFLICT',
    );
    const events = (await admin.get('/api/audit-events?action=change_request.placed')).json();
    expect(JSON.stringify(events)).toContain('Waits on the low one');

    expect(
      (await pm.post(`/api/change-requests/${low.id}/transitions`, { version: 1, to: 'scoping' })).statusCode,
    ).toBe(200);
    const queue = (await pm.get('/api/change-requests/queue')).json();
    expect(queue.lapsedPlacements).toEqual([mid.id]);
    expect(queue.items.map((i: { title: string }) => i.title)).toEqual(['High', 'Mid']);
    expect((await pm.get(`/api/change-requests/${mid.id}`)).json().manualPlacement).toBeNull();
    expect(high.rank).toBe(1);
  });

  it('numbers CRs opened at the same time one after another', async () => {
    const replies = await Promise.all([1, 2, 3, 4].map((n) => open(pm, { title: `At once ${n}` })));
    expect(replies.map((r) => r.statusCode)).toEqual([201, 201, 201, 201]);
    expect(replies.map((r) => r.json().number).sort()).toEqual([1, 2, 3, 4]);
  });

  it('documents every change-request operation in the OpenAPI reference', async () => {
    const doc = (await t.anonymous.get('/api/openapi.json')).json();
    const paths = Object.keys(doc.paths as Record<string, unknown>).filter((p) => p.startsWith('/api/change-requests'));
    expect(paths.sort()).toEqual([
      '/api/change-requests',
      '/api/change-requests/export.csv',
      '/api/change-requests/my-work',
      '/api/change-requests/queue',
      '/api/change-requests/settings',
      '/api/change-requests/waiting-on-me',
      '/api/change-requests/{changeRequestId}',
      '/api/change-requests/{changeRequestId}/conflicts',
      '/api/change-requests/{changeRequestId}/conflicts/acknowledge',
      '/api/change-requests/{changeRequestId}/draft',
      '/api/change-requests/{changeRequestId}/launch',
      '/api/change-requests/{changeRequestId}/placement',
      '/api/change-requests/{changeRequestId}/reviews/{reviewId}/complete',
      '/api/change-requests/{changeRequestId}/sign-offs',
      '/api/change-requests/{changeRequestId}/timeline',
      '/api/change-requests/{changeRequestId}/transitions',
    ]);
  });

  it('keeps the scoring model and workflow per workspace, versioned, for admins', async () => {
    const current = (await pm.get('/api/change-requests/settings')).json();
    expect(current).toMatchObject({ version: 1, updatedAt: null, abilities: { update: false } });
    expect(current.workflow.stages[0].key).toBe('intake');
    const exponents = { severity: 2, reach: 1, urgency: 1, effort: 1 };
    expectProblem(
      await pm.put('/api/change-requests/settings', { version: 1, scoringModel: { exponents } }),
      403,
      'FORBIDDEN',
    );
    const saved = await admin.put('/api/change-requests/settings', { version: 1, scoringModel: { exponents } });
    expect(saved.json()).toMatchObject({ version: 2, formula: 'severity² × reach × urgency ÷ effort' });
    expectProblem(
      await admin.put('/api/change-requests/settings', { version: 1, scoringModel: { exponents } }),
      409,
      'VERSION_CONFLICT',
    );
    const bad = expectProblem(
      await admin.put('/api/change-requests/settings', {
        version: 2,
        workflow: { stages: current.workflow.stages.slice(1) },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.[0]?.path).toMatch(/^body\.workflow/);
    const cr = (await open(pm, { scoring: { severity: 3, reach: 1, urgency: 2, effort: 1 } })).json();
    expect(cr.score).toMatchObject({ value: 18, worked: '3² × 1 × 2 ÷ 1 = 18' });
    expect(
      (
        await admin.put('/api/change-requests/settings', {
          version: 2,
          scoringModel: { exponents: { ...exponents, severity: 1 } },
        })
      ).json().version,
    ).toBe(3);
  });
});
