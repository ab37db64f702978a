import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import {
  DIALECTS,
  createSampleTestApp,
  createTestApp,
  expectProblem,
  type TestApp,
  type TestClient,
} from '../../test/test-app.js';

interface Event {
  action: string;
  seq: number;
  entityId: string;
  sentence: string;
  target: { label: string; href: string | null } | null;
  references: Record<string, { label: string; href: string | null }>;
  actor: { id: string; name: string } | null;
  requestId: string | null;
  after: unknown;
}

/** Statements sent to the database while `work` runs, on every connection and in every transaction. */
async function queriesDuring(t: TestApp, work: () => Promise<unknown>): Promise<number> {
  let base = Object.getPrototypeOf(t.database.db.getExecutor()) as object;
  while (!Object.hasOwn(base, 'executeQuery')) base = Object.getPrototypeOf(base) as object;
  const spy = vi.spyOn(base as { executeQuery: () => unknown }, 'executeQuery');
  try {
    await work();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

const nameOf = (client: TestClient) => client.session!.user.name;

describe.each(DIALECTS)('the audit log in words on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  let owner: TestClient;
  let areaId: string;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
    owner = await t.signIn('policy_owner');
    areaId = (await owner.post('/api/policy-areas', { name: 'Harmful Content' })).json().id;
  });
  afterEach(async () => t.close());

  async function events(query = ''): Promise<Event[]> {
    const res = await admin.get(`/api/audit-events?limit=200${query}`);
    expect(res.statusCode).toBe(200);
    return res.json().items;
  }
  const find = (list: Event[], action: string) => list.find((e) => e.action === action)!;

  async function publish(slug: string, title: string, effectiveDate: string) {
    await owner.post('/api/policies', { title, slug, areaId, ownerIds: [owner.userId] });
    const url = `/api/policies/${slug}/versions`;
    const draft = (await owner.post(url, { body: `# ${title}` })).json();
    await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await admin.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    return draft.id as string;
  }

  it('says what happened first, naming people and records as they are called now', async () => {
    const member = await t.signIn('contributor');
    const team = (await admin.post('/api/teams', { name: 'Safety Product', function: 'product' })).json();
    await admin.put(`/api/teams/${team.id}/members/${member.userId}`);
    await admin.patch(`/api/teams/${team.id}`, { version: 1, name: 'Trust Product' });
    const versionId = await publish('hate-speech', 'Hate Speech', '2027-01-15');
    const policy = (await owner.get('/api/policies/hate-speech')).json();
    await owner.patch('/api/policies/hate-speech', { version: policy.version, title: 'Hate Speech and Slurs' });
    const discarded = (await owner.post('/api/policies/hate-speech/versions', { body: '# Two' })).json();
    await owner.delete(`/api/policies/hate-speech/versions/${discarded.id}?version=1`);
    await owner.post('/api/comments', { entityType: 'policy', entityId: policy.id, body: 'Looks right.' });

    const list = await events();
    const teamCreated = find(list, 'team.created');
    expect(teamCreated.sentence).toBe(`${nameOf(admin)} created the team Trust Product`);
    expect(teamCreated.target).toEqual({ label: 'Trust Product', href: `/teams/${team.id}` });
    expect(find(list, 'team.member_added').sentence).toBe(
      `${nameOf(admin)} added ${nameOf(member)} to the team Trust Product`,
    );
    expect(find(list, 'team.member_added').references[member.userId]).toEqual({
      label: nameOf(member),
      href: `/people/${member.userId}`,
    });
    expect(find(list, 'team.updated').sentence).toBe(
      `${nameOf(admin)} renamed the team “Safety Product” to Trust Product`,
    );
    const published = find(list, 'policy_version.published');
    expect(published.sentence).toBe(`${nameOf(owner)} made Hate Speech and Slurs v1.0 live, effective Jan 15, 2027`);
    expect(published.target).toEqual({
      label: 'Hate Speech and Slurs v1.0',
      href: `/policies/hate-speech/versions/${versionId}`,
    });
    expect(find(list, 'policy_version.approved').sentence).toBe(
      `${nameOf(admin)} approved Hate Speech and Slurs v1.0, effective Jan 15, 2027`,
    );
    // The draft is gone: its policy is found through the event that created it.
    expect(find(list, 'policy_version.discarded').sentence).toBe(
      `${nameOf(owner)} discarded the draft Hate Speech and Slurs v1.1`,
    );
    expect(find(list, 'policy_version.discarded').target).toEqual({ label: 'Hate Speech and Slurs v1.1', href: null });
    expect(find(list, 'comment.created').sentence).toBe(`${nameOf(owner)} commented on Hate Speech and Slurs`);
    const signedIn = list.find((e) => e.action === 'user.logged_in' && e.actor?.id === owner.userId);
    expect(signedIn?.sentence).toBe(`${nameOf(owner)} signed in`);
    // Ids and the raw payload stay available beside the words.
    expect(published).toMatchObject({ entityId: versionId, actor: { id: owner.userId }, after: { label: '1.0' } });
    expect(list.every((e) => !e.sentence.includes('undefined') && !/\b[a-z_]+\.[a-z_]+\b/.test(e.sentence))).toBe(true);
  });

  it(
    'words every event of the sample workspace without falling back to action names',
    { timeout: 120_000 },
    async () => {
      const sample = await createSampleTestApp(dialect);
      onTestFinished(() => sample.t.close());
      const res = await sample.admin.get('/api/audit-events?limit=200');
      expect(res.statusCode).toBe(200);
      const list = res.json().items as Event[];
      expect(list.length).toBeGreaterThan(20);
      // The fallback reads "Actor · action"; record titles may carry a middle dot of their own (CR-9 · Title).
      const unworded = list.filter((e) => e.sentence.includes(` · ${e.action}`) || e.sentence.includes('undefined'));
      expect(unworded.map((e) => `${e.action}: ${e.sentence}`)).toEqual([]);
    },
  );

  it('names a deleted record by the name its event kept', async () => {
    const team = (await admin.post('/api/teams', { name: 'Short-lived', function: 'legal' })).json();
    await admin.delete(`/api/teams/${team.id}?version=1`);
    const list = await events(`&entityId=${team.id}`);
    expect(list.map((e) => e.sentence)).toEqual([
      `${nameOf(admin)} deleted the team Short-lived`,
      `${nameOf(admin)} created the team Short-lived`,
    ]);
    expect(list[1]!.target).toBeNull();
  });

  it('names a page of events in as many queries for many records as for one', async () => {
    await publish('one', 'One', '2026-01-01');
    const url = '/api/audit-events?limit=200';
    const few = await queriesDuring(t, () => admin.get(url));
    for (const slug of ['two', 'three', 'four']) await publish(slug, slug, '2026-01-01');
    for (const name of ['A', 'B', 'C']) await admin.post('/api/teams', { name, function: 'legal' });
    let list: Event[] = [];
    const many = await queriesDuring(t, async () => {
      list = (await admin.get(url)).json().items;
    });
    expect(list.filter((e) => e.action === 'policy_version.published')).toHaveLength(4);
    expect(many).toBeLessThanOrEqual(few + 1); // + the teams lookup, which the first page had no use for
  });

  it('still validates its filters and stays admin-only', async () => {
    expectProblem(await admin.get('/api/audit-events?limit=0'), 400, 'VALIDATION_FAILED');
    expectProblem(await owner.get('/api/audit-events'), 403, 'FORBIDDEN');
  });
});
