import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../test/test-app.js';

const EMOJI = '\u{1F600}';
const LONE_SURROGATE = 'Must be valid Unicode text (no unpaired surrogate)';

describe.each(DIALECTS)('text is always valid UTF-8 on %s', (dialect) => {
  let t: TestApp;
  let admin: TestClient;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await t.signIn('admin');
  });
  afterEach(async () => t.close());

  it('refuses a lone surrogate in a JSON body with a field error, before any other rule', async () => {
    // Written by hand: this is the escape a client sends, which JSON.parse turns into a lone surrogate.
    const res = await admin.request({
      method: 'POST',
      url: '/api/teams',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"Legal \\ud800","function":"legal"}',
    });
    const problem = expectProblem(res, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([{ path: 'body.name', message: LONE_SURROGATE }]);
    expect((await admin.get('/api/teams')).json().items).toHaveLength(0);
  });

  it('names the field inside arrays and refuses a low surrogate on its own too', async () => {
    const area = (await admin.post('/api/policy-areas', { name: 'Area' })).json();
    const res = await admin.post('/api/policies', {
      title: 'Tagged',
      slug: 'tagged',
      areaId: area.id,
      tags: ['fine', 'broken \udc00'],
    });
    expect(expectProblem(res, 400, 'VALIDATION_FAILED').errors).toEqual([
      { path: 'body.tags.1', message: LONE_SURROGATE },
    ]);
  });

  it('accepts astral characters, which are proper surrogate pairs', async () => {
    const res = await admin.post('/api/teams', { name: `Legal ${EMOJI}`, function: 'legal' });
    expect(res.statusCode).toBe(201);
    expect(res.json().name).toBe(`Legal ${EMOJI}`);
  });

  it('cuts comment excerpts in activity and notifications between characters, never inside an emoji', async () => {
    const area = (await admin.post('/api/policy-areas', { name: 'Area' })).json();
    const policy = (
      await admin.post('/api/policies', { title: 'Emoji policy', slug: 'emoji-policy', areaId: area.id })
    ).json();
    const reader = await t.signIn('viewer');
    const summaries = async (before: number) => {
      // An excerpt keeps 139 UTF-16 units and an ellipsis; the emoji takes two units from `before` on.
      const body = `${'a'.repeat(before)}${EMOJI} and more words @[Reader](mention:${reader.userId})`;
      expect((await admin.post('/api/comments', { entityType: 'policy', entityId: policy.id, body })).statusCode).toBe(
        201,
      );
      const notification = (await reader.get('/api/notifications')).json().items[0] as { summary: string };
      const activity = (await admin.get(`/api/activity?entityType=policy&entityId=${policy.id}`)).json().items[0] as {
        summary: string;
      };
      return { notification: notification.summary, activity: activity.summary };
    };
    // Straddling the cut: dropped whole (it used to be split, and stored as U+FFFD).
    expect(await summaries(138)).toEqual({
      notification: `Mentioned you: ${'a'.repeat(138)}…`,
      activity: `${'a'.repeat(138)}…`,
    });
    // Ending exactly at the cut: kept whole.
    expect(await summaries(137)).toEqual({
      notification: `Mentioned you: ${'a'.repeat(137)}${EMOJI}…`,
      activity: `${'a'.repeat(137)}${EMOJI}…`,
    });
  });
});
