import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';
import { policyWithDraft } from './cr-test-kit.js';

describe.each(DIALECTS)('the change-request list in another order, over every page, on %s', (dialect) => {
  let t: TestApp;
  let pm: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    pm = await t.signIn('program_manager');
    const { policyId } = await policyWithDraft(admin, 'hate-speech');
    const specs = [
      { title: 'Low', scoring: { severity: 1, reach: 1, urgency: 1, effort: 5 }, dueDate: '2027-03-01' },
      { title: 'High', scoring: { severity: 5, reach: 5, urgency: 5, effort: 1 }, dueDate: null },
      { title: 'Unscored', scoring: null, dueDate: '2027-01-15' },
      { title: 'Middle', scoring: { severity: 3, reach: 3, urgency: 3, effort: 3 }, dueDate: '2027-02-01' },
    ];
    for (const spec of specs) {
      const created = await pm.post('/api/change-requests', {
        ...spec,
        type: 'clarification',
        source: 'escalation',
        targetPolicyId: policyId,
        ownerId: pm.userId,
      });
      expect(created.statusCode, created.body).toBe(201);
    }
  });
  afterEach(async () => t.close());

  const titles = (page: { items: { title: string }[] }) => page.items.map((cr) => cr.title);

  it('sorts by score across pages, unscored last, and follows its own cursor', async () => {
    const first = (await pm.get('/api/change-requests?sort=score&limit=2')).json();
    expect(titles(first)).toEqual(['High', 'Middle']);
    const second = (await pm.get(`/api/change-requests?sort=score&limit=2&cursor=${first.nextCursor}`)).json();
    expect(titles(second)).toEqual(['Low', 'Unscored']);
    expect(second.nextCursor).toBeNull();
    const ascending = (await pm.get('/api/change-requests?sort=score&order=asc')).json();
    expect(titles(ascending)).toEqual(['Low', 'Middle', 'High', 'Unscored']);
  });

  it('sorts by due date, soonest first, undated last', async () => {
    expect(titles((await pm.get('/api/change-requests?sort=due')).json())).toEqual([
      'Unscored',
      'Middle',
      'Low',
      'High',
    ]);
  });

  it('refuses a cursor of another order and an unknown sort, naming the field', async () => {
    const byNumber = (await pm.get('/api/change-requests?limit=1')).json();
    const reply = await pm.get(`/api/change-requests?sort=score&cursor=${byNumber.nextCursor}`);
    expectProblem(reply, 400, 'VALIDATION_FAILED');
    expect(reply.json().errors[0].path).toBe('querystring.cursor');
    const unknown = await pm.get('/api/change-requests?sort=colour');
    expectProblem(unknown, 400, 'VALIDATION_FAILED');
    expect(unknown.json().errors[0].path).toBe('querystring.sort');
  });
});
