import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoDay } from '../../platform/clock.js';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const TODAY = isoDay(new Date());
const PAST = '2025-01-15';
const FUTURE = addDays(TODAY, 45);
const INTERNAL = 'Imported from community-guidelines/2026-07-14.md';

type Entry = { summary: string; policy: { slug: string }; version: { label: string; state: string } };

/** "15 January 2027": how the generated summary writes a date. */
const longDate = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

describe.each(DIALECTS)('publishing to the changelog automatically on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;
  let admin: TestClient;

  async function makeLive(slug: string, body: string, effectiveDate: string) {
    const url = `/api/policies/${slug}/versions`;
    const draft = (await writer.post(url, { body, changeSummary: INTERNAL })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    const made = await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    expect(made.statusCode, made.body).toBe(200);
    return made.json() as { id: string; addedToChangelogAt: string | null; abilities: { addToChangelog: boolean } };
  }
  const entries = async () => (await t.anonymous.get('/api/public/changelog')).json().items as Entry[];
  async function setAuto(on: boolean) {
    const current = (await admin.get('/api/workspace/settings')).json();
    const saved = await admin.patch('/api/workspace/settings', { version: current.version, autoPublishChangelog: on });
    expect(saved.statusCode, saved.body).toBe(200);
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    admin = await t.signIn('admin');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    await owner.post('/api/policies', { title: 'Hate Speech', slug: 'hate-speech', areaId, ownerIds: [owner.userId] });
    await owner.post('/api/policies', {
      title: 'Minor Safety Drafts',
      slug: 'minor-safety',
      areaId,
      ownerIds: [owner.userId],
      memberIds: [writer.userId],
      restricted: true,
    });
  });
  afterEach(async () => t.close());

  it('leaves the changelog alone while the workspace setting is off (the default)', async () => {
    const made = await makeLive('hate-speech', 'No slurs.', PAST);
    expect(made.addedToChangelogAt).toBeNull();
    expect(made.abilities.addToChangelog).toBe(true);
    expect(await entries()).toEqual([]);
  });

  it('adds the entry with a neutral generated summary when a version goes live or is scheduled, never the internal one', async () => {
    await setAuto(true);
    const live = await makeLive('hate-speech', 'No slurs.', PAST);
    expect(live.addedToChangelogAt).not.toBeNull();
    expect(live.abilities.addToChangelog).toBe(false);
    expectProblem(
      await owner.post(`/api/policies/hate-speech/versions/${live.id}/changelog`, { publicSummary: 'Again' }),
      409,
      'ALREADY_EXISTS',
    );
    await makeLive('hate-speech', 'No slurs or coded slurs.', FUTURE);
    await makeLive('minor-safety', 'Restricted text.', PAST);

    const items = await entries();
    expect(items.map((e) => [e.version.label, e.version.state, e.summary])).toEqual([
      ['1.1', 'scheduled', `Updated Hate Speech policy, effective ${longDate(FUTURE)}`],
      ['1.0', 'live', `Updated Hate Speech policy, effective ${longDate(PAST)}`],
    ]);
    const feed = (await t.anonymous.get('/api/public/changelog.atom')).body;
    expect(feed).not.toContain('community-guidelines');
    expect(feed).not.toContain('Minor Safety');

    const audit = (await admin.get('/api/audit-events?action=changelog_entry.published')).json().items;
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor: { id: owner.userId }, after: { automatic: true, imported: false } });

    await setAuto(false);
    await makeLive('hate-speech', 'No slurs, coded slurs or slur emoji.', addDays(FUTURE, 10));
    expect(await entries()).toHaveLength(2);
  });
});
