import type { Kysely } from 'kysely';
import { up as backfillAnchors } from '../../db/migrations/0009-backfill-clause-anchors.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const V1 =
  '# Hate speech\n\n## Rationale\n\nWe protect people.\n\n## What is not allowed\n\n1. Slurs aimed at a protected group.\n2. Dehumanising comparisons of a group to animals.\n';
const V2 =
  '# Hate speech\n\n## Rationale\n\nWe protect people.\n\n## What is not allowed\n\n1. Threats against a protected group.\n2. Slurs aimed at a protected group, including coded slurs.\n3. Dehumanising comparisons of a group to animals.\n';

describe.each(DIALECTS)('clause anchors on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;
  let admin: TestClient;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    admin = await t.signIn('admin');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    await owner.post('/api/policies', { title: 'Hate speech', slug: 'hate-speech', areaId, ownerIds: [owner.userId] });
  });
  afterEach(async () => t.close());

  async function publish(body: string, effectiveDate: string) {
    const url = '/api/policies/hate-speech/versions';
    const draft = (await owner.post(url, { body })).json();
    await owner.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await admin.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    return draft.id as string;
  }

  it('numbers clauses per version and follows a cited clause through rewording and renumbering', async () => {
    const v1 = await publish(V1, '2025-01-01');
    const outline = (await owner.get(`/api/policies/hate-speech/versions/${v1}/outline`)).json();
    expect(outline.entries.map((e: { number: string }) => e.number)).toEqual(['1', '1.1', '2', '2.1', '2.2']);
    const slurs = outline.entries.find((e: { number: string }) => e.number === '2.1');

    // A draft edit keeps the anchor; the numbering follows the new text.
    const draft = (await owner.post('/api/policies/hate-speech/versions', { body: V1 })).json();
    await owner.patch(`/api/policies/hate-speech/versions/${draft.id}`, { version: draft.version, body: V2 });
    const draftOutline = (await owner.get(`/api/policies/hate-speech/versions/${draft.id}/outline`)).json();
    expect(draftOutline.entries.find((e: { anchorId: string }) => e.anchorId === slurs.anchorId).number).toBe('2.2');

    const cited = (await owner.get(`/api/policies/hate-speech/clauses/2.1?in=${v1}`)).json();
    expect(cited).toMatchObject({
      anchorId: slurs.anchorId,
      kind: 'clause',
      citation: 'Hate speech §2.1 (version 1.0)',
    });
    expect(cited.history.map((h: { number: string; change: string }) => [h.number, h.change])).toEqual([
      ['2.1', 'added'],
      ['2.2', 'changed'],
    ]);
    const byAnchor = (await owner.get(`/api/policies/hate-speech/clauses/${slurs.anchorId}`)).json();
    expect(byAnchor.history[1].text).toContain('coded slurs');
    expectProblem(await owner.get('/api/policies/hate-speech/clauses/9.9'), 404, 'NOT_FOUND');
    expectProblem(await owner.get('/api/policies/hate-speech/clauses/not-a-clause'), 400, 'VALIDATION_FAILED');
    expectProblem(
      await owner.get(`/api/policies/hate-speech/versions/00000000-0000-4000-8000-000000000000/outline`),
      404,
      'NOT_FOUND',
    );
  });

  it('says where each numbered block is in the text, for any heading form, so the text can show its numbers', async () => {
    const setext = V1.replace('# Hate speech', 'Hate speech\n===========')
      .replace('## Rationale', 'Rationale\n---------')
      .replace('## What is not allowed', 'What is not allowed\n-------------------');
    const v1 = await publish(setext, '2025-01-01');
    const entries = (await owner.get(`/api/policies/hate-speech/versions/${v1}/outline`)).json().entries;
    expect(entries.map((e: { number: string }) => e.number)).toEqual(['1', '1.1', '2', '2.1', '2.2']);
    const text = (e: { start: number; end: number }) => setext.slice(e.start, e.end);
    expect(entries.map(text)).toEqual([
      'Rationale\n---------',
      'We protect people.',
      'What is not allowed\n-------------------',
      '1. Slurs aimed at a protected group.',
      '2. Dehumanising comparisons of a group to animals.',
    ]);
  });

  it('sends the word changes of each rewording, computed by the server, so no client diffs clauses', async () => {
    const v1 = await publish(V1, '2025-01-01');
    await publish(V2, '2025-06-01');
    const history = (await owner.get(`/api/policies/hate-speech/clauses/2.1?in=${v1}`)).json().history;
    expect(history[0].changes).toBeNull();
    const render = (parts: { value: string; added: boolean; removed: boolean }[]) =>
      parts.map((p) => (p.added ? `{+${p.value}}` : p.removed ? `{-${p.value}}` : p.value)).join('');
    expect(render(history[1].changes)).toBe('Slurs aimed at a protected group{+, including coded slurs}.');
  });

  it('never writes anchors when reading an outline or a clause history', async () => {
    const v1 = await publish(V1, '2025-01-01');
    await t.database.db.deleteFrom('version_anchors').execute();
    const outline = await owner.get(`/api/policies/hate-speech/versions/${v1}/outline`);
    expect(outline.statusCode).toBe(200);
    expect(outline.json().entries).toEqual([]);
    await owner.get(`/api/policies/hate-speech/clauses/2.1?in=${v1}`);
    const rows = await t.database.db.selectFrom('version_anchors').select('version_id').execute();
    expect(rows).toEqual([]);
  });

  it('backfills anchors for versions stored before anchors existed, in a migration', async () => {
    const v1 = await publish(V1, '2025-01-01');
    const v2 = await publish(V2, '2025-06-01');
    await t.database.db.deleteFrom('version_anchors').execute();
    await backfillAnchors(t.database.db as unknown as Kysely<unknown>);
    const history = (await owner.get(`/api/policies/hate-speech/clauses/2.2?in=${v2}`)).json();
    expect(history.history.map((h: { version: { id: string }; number: string }) => [h.version.id, h.number])).toEqual([
      [v1, '2.1'],
      [v2, '2.2'],
    ]);
    // Seeded by the version ids, so the backfill gives the ids the lazy computation used to give.
    await t.database.db.deleteFrom('version_anchors').execute();
    await backfillAnchors(t.database.db as unknown as Kysely<unknown>);
    const again = (await owner.get(`/api/policies/hate-speech/clauses/2.2?in=${v2}`)).json();
    expect(again.anchorId).toBe(history.anchorId);
  });
});
