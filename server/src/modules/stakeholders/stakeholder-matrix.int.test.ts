import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from '../change-requests/cr-test-kit.js';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('RACI matrix on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let pm: TestClient;
  let initiativeId: string;
  let people: string[];
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    const initiative = await pm.post('/api/roadmap/initiatives', {
      title: 'Label AI-generated media',
      ownerId: pm.userId,
      start: 'FY2027-Q1',
      end: 'FY2027-Q2',
    });
    expect(initiative.statusCode, initiative.body).toBe(201);
    initiativeId = initiative.json().id;
    people = [];
    for (const name of ['Ana Souza', 'Wei Zhang', 'Rosa Jiménez']) {
      people.push((await pm.post('/api/stakeholders', { name })).json().id);
    }
  });
  afterEach(async () => t.close());

  const url = (kind = 'initiative', id = initiativeId) => `/api/raci/${kind}/${id}`;
  const put = (client: TestClient, version: number, rows: unknown[], target = url()) =>
    client.put(target, { version, rows });

  it('starts empty, saves the whole matrix with quadrants, audits it and replaces it whole', async () => {
    expect((await pm.get(url())).json()).toMatchObject({
      version: 0,
      rows: [],
      updatedAt: null,
      abilities: { update: true },
    });
    const saved = await put(pm, 0, [
      { stakeholderId: people[0], role: 'A', influence: 5, interest: 4 },
      { stakeholderId: people[1], role: 'C', influence: 4, interest: 1 },
      { stakeholderId: people[2], role: 'I' },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ version: 1, kind: 'initiative', recordId: initiativeId });
    expect(
      saved
        .json()
        .rows.map((r: { stakeholder: { name: string }; quadrant: string | null }) => [r.stakeholder.name, r.quadrant]),
    ).toEqual([
      ['Ana Souza', 'manage_closely'],
      ['Wei Zhang', 'keep_satisfied'],
      ['Rosa Jiménez', null],
    ]);
    const again = await put(pm, 1, [{ stakeholderId: people[2], role: 'R', influence: 1, interest: 5 }]);
    expect(again.json().rows).toEqual([expect.objectContaining({ role: 'R', quadrant: 'keep_informed' })]);
    expect((await pm.get(url())).json()).toMatchObject({ version: 2 });

    const events = (await admin.get(`/api/audit-events?action=stakeholder_matrix.updated&limit=10`)).json().items;
    expect(events).toHaveLength(2);
  });

  it('names the row of a second Accountable, a person twice, an unknown person and a bad score', async () => {
    const twoA = expectProblem(
      await put(pm, 0, [
        { stakeholderId: people[0], role: 'A' },
        { stakeholderId: people[1], role: 'A' },
      ]),
      400,
      'VALIDATION_FAILED',
    );
    expect(twoA.errors?.map((e) => e.path)).toEqual(['body.rows.1.role']);
    const twice = expectProblem(
      await put(pm, 0, [
        { stakeholderId: people[0], role: 'R' },
        { stakeholderId: people[0], role: 'C' },
      ]),
      400,
    );
    expect(twice.errors?.map((e) => e.path)).toEqual(['body.rows.1.stakeholderId']);
    const unknown = expectProblem(
      await put(pm, 0, [
        { stakeholderId: people[0], role: 'R' },
        { stakeholderId: MISSING, role: 'C' },
      ]),
      400,
    );
    expect(unknown.errors?.map((e) => e.path)).toEqual(['body.rows.1.stakeholderId']);
    const score = expectProblem(await put(pm, 0, [{ stakeholderId: people[0], role: 'R', influence: 6 }]), 400);
    expect(score.errors?.[0]?.path).toBe('body.rows.0.influence');
    const role = expectProblem(await put(pm, 0, [{ stakeholderId: people[0], role: 'X' }]), 400);
    expect(role.errors?.[0]?.path).toBe('body.rows.0.role');
    expectProblem(await pm.get(url('okr', initiativeId)), 400, 'VALIDATION_FAILED');
    expect((await pm.get(url())).json().version).toBe(0);
  });

  it('answers 409 for a stale matrix and leaves the saved one alone', async () => {
    await put(pm, 0, [{ stakeholderId: people[0], role: 'A' }]);
    expectProblem(await put(pm, 0, [{ stakeholderId: people[1], role: 'A' }]), 409, 'VERSION_CONFLICT');
    await put(pm, 1, [{ stakeholderId: people[1], role: 'A' }]);
    expectProblem(await put(pm, 1, []), 409, 'VERSION_CONFLICT');
    expect((await pm.get(url())).json().rows[0].stakeholder.id).toBe(people[1]);
  });

  it('answers 404 for a missing record and for a CR on a restricted policy the caller may not see', async () => {
    expectProblem(await pm.get(url('initiative', MISSING)), 404, 'NOT_FOUND');
    expectProblem(await put(pm, 0, [], url('change_request', MISSING)), 404, 'NOT_FOUND');
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
    const crUrl = url('change_request', cr.json().id);
    expectProblem(await pm.get(crUrl), 404, 'NOT_FOUND');
    expectProblem(await put(pm, 0, [], crUrl), 404, 'NOT_FOUND');
    const saved = await put(owner, 0, [{ stakeholderId: people[0], role: 'A', influence: 2, interest: 2 }], crUrl);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await admin.get(crUrl)).json().rows[0]).toMatchObject({ quadrant: 'monitor' });
  });

  it('lets every role read and refuses edits to viewers and XFN reviewers', async () => {
    for (const role of ['viewer', 'xfn_reviewer'] as const) {
      const reader = await t.signIn(role);
      expect((await reader.get(url())).json().abilities).toEqual({ update: false });
      expectProblem(await put(reader, 0, []), 403, 'FORBIDDEN');
    }
    const contributor = await t.signIn('contributor');
    expect((await put(contributor, 0, [{ stakeholderId: people[0], role: 'R' }])).statusCode).toBe(200);
  });
});
