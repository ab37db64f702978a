import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoDay } from '../../platform/clock.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const TODAY = isoDay(new Date());
const PAST = addDays(TODAY, -100);
const FUTURE = addDays(TODAY, 45);
const PUBLIC = { publicSummary: 'What changed, for readers' };

type Hit = { policy: { slug: string; status: string }; version: { label: string; state: string } };
type Entry = { version: { label: string; state: string } };

describe.each(DIALECTS)('search and the changelog agree with what is in force on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;

  async function publish(slug: string, body: string, date: string) {
    const url = `/api/policies/${slug}/versions`;
    const draft = (await writer.post(url, { body, changeSummary: `Takes effect ${date}` })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate: date });
    expect((await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' })).statusCode).toBe(
      200,
    );
    return draft.id as string;
  }
  const hits = async (query: string) =>
    Object.fromEntries(
      ((await owner.get(`/api/search?history=true&${query}`)).json().items as Hit[]).map((h) => [
        `${h.policy.slug}@${h.version.label}`,
        `${h.policy.status}/${h.version.state}`,
      ]),
    );
  const entries = async () =>
    Object.fromEntries(
      ((await t.anonymous.get('/api/public/changelog')).json().items as Entry[]).map((e) => [
        e.version.label,
        e.version.state,
      ]),
    );

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    for (const slug of ['hate-speech', 'new-rules'])
      await owner.post('/api/policies', { title: slug, slug, areaId, ownerIds: [owner.userId] });
  });
  afterEach(async () => t.close());

  // With history, so that every version is a hit whatever its state; the default scope is search's own rule.
  it('gives search hits the states the version pages show, and filters by status on every date', async () => {
    await publish('hate-speech', 'No slurs in comments.', PAST);
    await publish('hate-speech', 'No slurs or coded slurs in comments.', FUTURE);
    await publish('new-rules', 'Comments must stay on topic.', FUTURE);
    expect(await hits('q=comments')).toEqual({
      'hate-speech@1.0': 'live/live',
      'hate-speech@1.1': 'live/scheduled',
      'new-rules@1.0': 'scheduled/scheduled',
    });
    expect(Object.keys(await hits('q=comments&status=scheduled'))).toEqual(['new-rules@1.0']);
    expect(Object.keys(await hits('q=comments&status=live')).sort()).toEqual(['hate-speech@1.0', 'hate-speech@1.1']);

    t.clock.setToday(FUTURE);
    expect(await hits('q=comments')).toEqual({
      'hate-speech@1.0': 'live/superseded',
      'hate-speech@1.1': 'live/live',
      'new-rules@1.0': 'live/live',
    });
    expect(await hits('q=comments&status=scheduled')).toEqual({});
  });

  it('puts the version in force or scheduled on the changelog, with the state it has today, never one replaced', async () => {
    const v1 = await publish('hate-speech', 'No slurs.', PAST);
    const v2 = await publish('hate-speech', 'No slurs or coded slurs.', FUTURE);
    const abilities = async (id: string) =>
      (await owner.get(`/api/policies/hate-speech/versions/${id}`)).json().abilities.addToChangelog;
    expect([await abilities(v1), await abilities(v2)]).toEqual([true, true]);
    expect((await owner.post(`/api/policies/hate-speech/versions/${v1}/changelog`, PUBLIC)).statusCode).toBe(201);
    const added = await owner.post(`/api/policies/hate-speech/versions/${v2}/changelog`, PUBLIC);
    expect(added.json().version.state).toBe('scheduled');
    expect(await entries()).toEqual({ '1.0': 'live', '1.1': 'scheduled' });

    t.clock.setToday(FUTURE);
    expect(await entries()).toEqual({ '1.0': 'superseded', '1.1': 'live' });
    const entryId = (await t.anonymous.get('/api/public/changelog')).json().items[0].id;
    expect((await t.anonymous.get(`/api/public/changelog/${entryId}`)).json().version.state).toBe('live');
  });

  it('refuses to put a version that never took effect, or no longer is in force, on the changelog', async () => {
    const v1 = await publish('hate-speech', 'No slurs.', PAST);
    await publish('hate-speech', 'No slurs or coded slurs.', addDays(TODAY, -1));
    expect((await owner.get(`/api/policies/hate-speech/versions/${v1}`)).json().abilities.addToChangelog).toBe(false);
    expectProblem(await owner.post(`/api/policies/hate-speech/versions/${v1}/changelog`, PUBLIC), 409, 'INVALID_STATE');
  });
});
