import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { up as rereadAnchors } from '../../db/migrations/0013-reread-clause-anchors.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

// A capture as imported archives hold them: a preamble before the title, topics as H3, a subheading.
const CAPTURE = `Overview

# Community Guidelines

### Balance

We balance expression and safety.

#### Details

More about balance.

### Dignity

We respect everyone.
`;

describe.each(DIALECTS)('re-reading stored anchors on %s', (dialect) => {
  let t: TestApp;
  let owner: TestClient;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    owner = await t.signIn('policy_owner');
    const areaId = (await owner.post('/api/policy-areas', { name: 'Area' })).json().id;
    await owner.post('/api/policies', { title: 'Guidelines', slug: 'guidelines', areaId, ownerIds: [owner.userId] });
  });
  afterEach(async () => t.close());

  it('numbers versions stored under the old reading again, keeping the anchor ids of their clauses', async () => {
    const draft = (await owner.post('/api/policies/guidelines/versions', { body: CAPTURE })).json();
    // What the old reading stored: the title as the only section, H3 topics and subheadings not seen.
    const old = [
      ['s-OLDsect1', 'section', '1', 'Community Guidelines', 'Community Guidelines'],
      ['c-OLDcls01', 'clause', '0.1', 'Overview', 'Overview'],
      ['c-OLDcls02', 'clause', '1.1', 'We balance expression and safety.', 'We balance expression and safety.'],
      ['c-OLDcls03', 'clause', '1.2', 'More about balance.', 'More about balance.'],
      ['c-OLDcls04', 'clause', '1.3', 'We respect everyone.', 'We respect everyone.'],
    ];
    await t.database.db.deleteFrom('version_anchors').where('version_id', '=', draft.id).execute();
    await t.database.db
      .insertInto('version_anchors')
      .values(
        old.map(([anchor_id, kind, number, title, text], position) => ({
          version_id: draft.id,
          anchor_id: anchor_id!,
          kind: kind!,
          number: number!,
          title: title!,
          text: text!,
          position,
        })),
      )
      .execute();

    await rereadAnchors(t.database.db as unknown as Kysely<unknown>);
    const entries = (await owner.get(`/api/policies/guidelines/versions/${draft.id}/outline`)).json().entries;
    expect(entries.map((e: { number: string; title: string }) => `${e.number} ${e.title}`)).toEqual([
      '0.1 Overview',
      '1 Balance',
      '1.1 We balance expression and safety.',
      '1.2 Details',
      '1.3 More about balance.',
      '2 Dignity',
      '2.1 We respect everyone.',
    ]);
    const ids = entries.map((e: { anchorId: string }) => e.anchorId);
    expect(ids).toEqual(expect.arrayContaining(['c-OLDcls01', 'c-OLDcls02', 'c-OLDcls03', 'c-OLDcls04']));
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.every((e: { start: number | null }) => e.start !== null)).toBe(true);

    // Running it again changes nothing.
    await rereadAnchors(t.database.db as unknown as Kysely<unknown>);
    const again = (await owner.get(`/api/policies/guidelines/versions/${draft.id}/outline`)).json().entries;
    expect(again).toEqual(entries);
  });
});
