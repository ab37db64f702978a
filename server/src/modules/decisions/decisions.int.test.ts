import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';
import { accepted, record, stakeholderOf } from './decision-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('decision register on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let pmId: string;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    pmId = await stakeholderOf(t, pm);
  });
  afterEach(async () => t.close());

  it('records, reads, lists with filters and pages, edits while proposed, keeps a history', async () => {
    const { policyId } = await policyWithDraft(admin, 'misinformation');
    const created = await pm.post('/api/decisions', {
      title: 'Label realistic AI-generated video',
      context: 'Synthetic **video** misleads.',
      options: [{ title: 'Label only', pros: ['Keeps speech up'], cons: ['Labels are missed'] }, { title: 'Remove' }],
      decision: 'Label it.',
      rationale: 'Proportionate.',
      decidedByIds: [pmId],
      ownerId: pmId,
      links: [{ kind: 'policy', id: policyId }],
      revisitTrigger: { kind: 'date', date: '2027-03-01' },
    });
    expect(created.statusCode).toBe(201);
    const decision = created.json();
    expect(decision).toMatchObject({
      key: 'DEC-1',
      number: 1,
      status: 'proposed',
      partlySuperseded: false,
      revisitDue: false,
      options: [
        { title: 'Label only', pros: ['Keeps speech up'], cons: ['Labels are missed'] },
        { title: 'Remove', pros: [], cons: [] },
      ],
      decidedBy: [{ id: pmId, kind: 'account', userId: pm.userId }],
      owner: { id: pmId },
      links: [{ kind: 'policy', id: policyId, title: 'Policy misinformation', href: '/policies/misinformation' }],
      supersedes: [],
      supersededBy: [],
      chain: [{ id: decision.id, key: 'DEC-1' }],
      revisitTrigger: { kind: 'date', date: '2027-03-01' },
      abilities: { update: true, editBody: true, accept: true, revoke: true, supersede: false },
    });
    await record(pm, { title: 'Age-estimation prompts before live streaming' });
    await record(pm, { title: '50%_literal' });

    const list = async (query: string) =>
      (await pm.get(`/api/decisions${query}`)).json().items.map((d: { key: string }) => d.key);
    expect(await list('')).toEqual(['DEC-3', 'DEC-2', 'DEC-1']);
    expect(await list(`?policyId=${policyId}`)).toEqual(['DEC-1']);
    expect(await list('?q=age-est')).toEqual(['DEC-2']);
    expect(await list('?q=dec-2')).toEqual(['DEC-2']);
    expect(await list('?q=%25')).toEqual(['DEC-3']);
    expect(await list('?status=accepted')).toEqual([]);
    const first = (await pm.get('/api/decisions?limit=2')).json();
    expect(first.nextCursor).toBe('2');
    const second = (await pm.get(`/api/decisions?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ key: 'DEC-1' }], nextCursor: null });
    expectProblem(await pm.get('/api/decisions?cursor=bogus'), 400, 'VALIDATION_FAILED');

    const edited = await pm.patch(`/api/decisions/${decision.id}`, {
      version: 1,
      rationale: 'Clearer.',
      consultedIds: [pmId],
    });
    expect(edited.json()).toMatchObject({ version: 2, rationale: 'Clearer.', consulted: [{ id: pmId }] });
    expectProblem(await pm.patch(`/api/decisions/${decision.id}`, { version: 1, title: 'x' }), 409, 'VERSION_CONFLICT');

    const history = (await pm.get(`/api/decisions/${decision.id}/history`)).json();
    expect(history.items.map((e: { kind: string }) => e.kind)).toEqual(['created', 'edited']);
    expect(history.items[0].actor).toMatchObject({ id: pm.userId });
  });

  it('names the field at fault, answers 404 for missing, refuses roles that may not', async () => {
    const bad = expectProblem(
      await pm.post('/api/decisions', { title: '', decidedByIds: [pmId] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(bad.errors?.map((e) => e.path)).toEqual(['body.title']);
    const nobody = expectProblem(await pm.post('/api/decisions', { title: 'x', decidedByIds: [pmId, MISSING] }), 400);
    expect(nobody.errors?.[0]?.path).toBe('body.decidedByIds.1');
    const twice = expectProblem(await pm.post('/api/decisions', { title: 'x', consultedIds: [pmId, pmId] }), 400);
    expect(twice.errors?.[0]?.path).toBe('body.consultedIds.1');
    const owner = expectProblem(await pm.post('/api/decisions', { title: 'x', ownerId: MISSING }), 400);
    expect(owner.errors?.[0]?.path).toBe('body.ownerId');
    const link = expectProblem(
      await pm.post('/api/decisions', { title: 'x', links: [{ kind: 'policy', id: MISSING }] }),
      400,
    );
    expect(link.errors?.[0]?.path).toBe('body.links.0.id');
    const partial = expectProblem(
      await pm.post('/api/decisions', { title: 'x', supersedes: [{ decisionId: MISSING, scope: 'partial' }] }),
      400,
    );
    expect(partial.errors?.[0]?.path).toBe('body.supersedes.0.part');
    const trigger = expectProblem(
      await pm.post('/api/decisions', { title: 'x', revisitTrigger: { kind: 'metric' } }),
      400,
    );
    expect(trigger.errors?.[0]?.path).toContain('body.revisitTrigger');

    expectProblem(await pm.get(`/api/decisions/${MISSING}`), 404, 'NOT_FOUND');
    expectProblem(await pm.get(`/api/decisions/${MISSING}/history`), 404, 'NOT_FOUND');
    expectProblem(await pm.patch(`/api/decisions/${MISSING}`, { version: 1, title: 'x' }), 404, 'NOT_FOUND');
    expectProblem(await pm.post(`/api/decisions/${MISSING}/accept`, { version: 1 }), 404, 'NOT_FOUND');

    const mine = await record(pm, {});
    for (const role of ['viewer', 'xfn_reviewer'] as const) {
      const reader = await t.signIn(role);
      expect((await reader.get(`/api/decisions/${mine.id}`)).json().abilities).toMatchObject({
        update: false,
        accept: false,
      });
      expectProblem(await reader.post('/api/decisions', { title: 'x' }), 403, 'FORBIDDEN');
      expectProblem(await reader.patch(`/api/decisions/${mine.id}`, { version: 1, title: 'x' }), 403, 'FORBIDDEN');
    }
    const contributor = await t.signIn('contributor');
    expect((await contributor.post('/api/decisions', { title: 'Mine' })).statusCode).toBe(201);
    expectProblem(await contributor.post(`/api/decisions/${mine.id}/accept`, { version: 1 }), 403, 'FORBIDDEN');
    expectProblem(
      await contributor.post(`/api/decisions/${mine.id}/revoke`, { version: 1, reason: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await pm.post(`/api/decisions/${mine.id}/accept`, { version: 9 }), 409, 'VERSION_CONFLICT');
  });

  it('locks the body once accepted (DECISION_LOCKED) but lets links, owner and trigger change; revokes with a reason', async () => {
    const { policyId } = await policyWithDraft(admin, 'adult-nudity');
    const decision = await accepted(pm, { decidedByIds: [pmId], decisionDate: '2026-09-15' });
    expect(decision).toMatchObject({ status: 'accepted', decisionDate: '2026-09-15', version: 2 });
    const locked = expectProblem(
      await pm.patch(`/api/decisions/${decision.id}`, { version: 2, rationale: 'Changed my mind', decidedByIds: [] }),
      409,
      'DECISION_LOCKED',
    );
    expect(locked.errors?.map((e) => e.path).sort()).toEqual(['body.decidedByIds', 'body.rationale']);
    const same = await pm.patch(`/api/decisions/${decision.id}`, {
      version: 2,
      decidedByIds: [pmId],
      links: [{ kind: 'policy', id: policyId }],
      ownerId: pmId,
      revisitTrigger: { kind: 'date', date: '2027-01-01' },
    });
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ version: 3, owner: { id: pmId }, links: [{ id: policyId }] });
    expectProblem(await pm.post(`/api/decisions/${decision.id}/accept`, { version: 3 }), 409, 'INVALID_STATE');
    const noReason = expectProblem(
      await pm.post(`/api/decisions/${decision.id}/revoke`, { version: 3, reason: '' }),
      400,
    );
    expect(noReason.errors?.[0]?.path).toBe('body.reason');
    const revoked = (
      await pm.post(`/api/decisions/${decision.id}/revoke`, { version: 3, reason: 'The law changed' })
    ).json();
    expect(revoked).toMatchObject({ status: 'revoked', revokedReason: 'The law changed' });
    expectProblem(
      await pm.post(`/api/decisions/${decision.id}/revoke`, { version: 4, reason: 'x' }),
      409,
      'INVALID_STATE',
    );
    expectProblem(await pm.patch(`/api/decisions/${decision.id}`, { version: 4, ownerId: null }), 409, 'INVALID_STATE');
  });

  it('hides a decision linked to a restricted policy (directly or through a CR) in lists, reads and search', async () => {
    const owner = await t.signIn('policy_owner');
    const { policyId } = await policyWithDraft(admin, 'sextortion', { restricted: true, ownerIds: [owner.userId] });
    const secret = await record(owner, {
      title: 'Sextortion hash matching',
      links: [{ kind: 'policy', id: policyId }],
      context: 'Quarantine every hashed image.',
    });
    const cr = (
      await owner.post('/api/change-requests', {
        title: 'Tighten sextortion',
        type: 'clarification',
        source: 'escalation',
        ownerId: owner.userId,
        targetPolicyId: policyId,
      })
    ).json();
    const viaCr = await record(owner, { title: 'Quarantine by CR', links: [{ kind: 'change_request', id: cr.id }] });
    await record(pm, { title: 'Open quarantine rule', context: 'Quarantine open images.' });
    const keys = async (client: TestClient) =>
      (await client.get('/api/decisions')).json().items.map((d: { title: string }) => d.title);
    expect(await keys(pm)).toEqual(['Open quarantine rule']);
    expect(await keys(owner)).toHaveLength(3);
    expect(await keys(admin)).toHaveLength(3);
    expectProblem(await pm.get(`/api/decisions/${secret.id}`), 404, 'NOT_FOUND');
    expectProblem(await pm.get(`/api/decisions/${viaCr.id}`), 404, 'NOT_FOUND');
    const hidden = expectProblem(
      await pm.post('/api/decisions', { title: 'x', supersedes: [{ decisionId: secret.id }] }),
      400,
    );
    expect(hidden.errors?.[0]?.path).toBe('body.supersedes.0.decisionId');

    const found = async (client: TestClient, q: string) =>
      (await client.get(`/api/search?q=${q}`)).json().items.filter((h: { kind: string }) => h.kind === 'decision');
    expect(
      (await found(owner, 'quarantine')).map((h: { decision: { title: string } }) => h.decision.title).sort(),
    ).toEqual(['Open quarantine rule', 'Quarantine by CR', 'Sextortion hash matching']);
    const open = await found(pm, 'quarantine');
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ kind: 'decision', decision: { key: 'DEC-3', status: 'proposed' } });
    expect(
      open[0].snippet.some((p: { highlight: boolean; text: string }) => p.highlight && /quarantine/i.test(p.text)),
    ).toBe(true);
    expect(await found(pm, 'quarantine&kind=policy_version')).toHaveLength(0);
    expect((await pm.get('/api/search?q=quarantine&kind=decision')).json().items).toHaveLength(1);
    // A policy filter leaves decisions out unless they are asked for.
    expect(await found(pm, `quarantine&status=live`)).toHaveLength(0);
    // An edited title is what search finds next.
    await pm.patch(`/api/decisions/${open[0].decision.id}`, { version: 1, title: 'Open holding rule' });
    expect((await found(pm, 'holding'))[0]).toMatchObject({ decision: { title: 'Open holding rule' } });
  });
});
