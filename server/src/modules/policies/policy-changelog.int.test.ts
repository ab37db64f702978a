import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const INTERNAL = 'Imported from community-guidelines/2026-07-14.md';
const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(DIALECTS)('publishing to the public changelog on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;

  async function live(slug: string, body: string, effectiveDate: string, extra: object = {}) {
    const url = `/api/policies/${slug}/versions`;
    if ((await owner.get(`/api/policies/${slug}`)).statusCode === 404) {
      const areaId = (await owner.get('/api/policy-areas')).json().items[0].id;
      await owner.post('/api/policies', { title: `Policy ${slug}`, slug, areaId, ownerIds: [owner.userId], ...extra });
    }
    const draft = (await writer.post(url, { body, changeSummary: INTERNAL })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    return draft.id as string;
  }
  const add = (
    client: TestClient,
    slug: string,
    versionId: string,
    publicSummary: unknown = 'We clarified the rules.',
  ) => client.post(`/api/policies/${slug}/versions/${versionId}/changelog`, { publicSummary });

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    await owner.post('/api/policy-areas', { name: 'Area' });
  });
  afterEach(async () => t.close());

  it('publishes with a public summary of its own: the internal change summary never reaches the public', async () => {
    const v1 = await live('hate-speech', 'No slurs.', '2025-01-01');
    expect((await owner.get(`/api/policies/hate-speech/versions/${v1}`)).json().abilities.addToChangelog).toBe(true);
    expect((await t.anonymous.get('/api/public/changelog')).json().items).toHaveLength(0);
    const created = await add(owner, 'hate-speech', v1, '  Slurs are not allowed in comments <b>or</b> captions.  ');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().summary).toBe('Slurs are not allowed in comments <b>or</b> captions.');
    expectProblem(await add(owner, 'hate-speech', v1), 409, 'ALREADY_EXISTS');

    const list = await t.anonymous.get('/api/public/changelog');
    expect(list.json().items.map((e: { summary: string }) => e.summary)).toEqual([
      'Slurs are not allowed in comments <b>or</b> captions.',
    ]);
    const detail = await t.anonymous.get(`/api/public/changelog/${created.json().id}`);
    const feed = await t.anonymous.get('/api/public/changelog.atom');
    for (const reply of [list, detail, feed]) expect(reply.body).not.toContain('community-guidelines');

    expect(XMLValidator.validate(feed.body)).toBe(true);
    const atom = new XMLParser({ ignoreAttributes: false }).parse(feed.body).feed;
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(atom[field], field).toBeTruthy();
    for (const field of ['id', 'title', 'updated', 'link', 'summary']) expect(atom.entry[field], field).toBeTruthy();
    expect(atom.entry.summary['#text']).toMatch(/^Slurs are not allowed in comments <b>or<\/b> captions\./);

    const audit = (await (await t.signIn('admin')).get('/api/audit-events?action=changelog_entry.published')).json()
      .items;
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({
      publicSummary: 'Slurs are not allowed in comments <b>or</b> captions.',
      automatic: false,
      imported: false,
    });
  });

  it('requires the public summary, naming the field', async () => {
    const v1 = await live('hate-speech', 'No slurs.', '2025-01-01');
    const url = `/api/policies/hate-speech/versions/${v1}/changelog`;
    for (const body of [undefined, {}, { publicSummary: '   ' }, { publicSummary: 'x'.repeat(501) }, { extra: 1 }]) {
      const problem = expectProblem(await owner.post(url, body), 400, 'VALIDATION_FAILED');
      if (body) expect(problem.errors?.map((e) => e.path)[0], JSON.stringify(body)).toMatch(/^body/);
    }
    const problem = expectProblem(await owner.post(url, { publicSummary: '' }), 400, 'VALIDATION_FAILED');
    expect(problem.errors?.map((e) => e.path)).toEqual(['body.publicSummary']);
    expect((await t.anonymous.get('/api/public/changelog')).json().items).toHaveLength(0);
  });

  it('refuses drafts, restricted policies, unknown versions and roles without publish rights', async () => {
    const v1 = await live('open', 'Text.', '2025-01-01');
    const draft = (await writer.post('/api/policies/open/versions', { body: 'next' })).json();
    expectProblem(await add(owner, 'open', draft.id), 409, 'INVALID_STATE');
    expectProblem(await add(owner, 'open', MISSING), 404, 'NOT_FOUND');
    expectProblem(await add(owner, 'no-such-policy', v1), 404, 'NOT_FOUND');
    for (const role of ['contributor', 'xfn_reviewer', 'viewer'] as const)
      expectProblem(await add(await t.signIn(role), 'open', v1), 403, 'FORBIDDEN');
    expectProblem(await add(t.anonymous, 'open', v1), 401, 'UNAUTHENTICATED');
    const secret = await live('secret', 'Hidden.', '2025-01-01', { restricted: true, memberIds: [writer.userId] });
    expectProblem(await add(owner, 'secret', secret), 409, 'INVALID_STATE');
    expect((await add(await t.signIn('program_manager'), 'open', v1)).statusCode).toBe(201);
  });

  it('hides a policy restricted after publication from the list, the entry and the feed', async () => {
    const v1 = await live('open', 'Text.', '2025-01-01');
    await add(owner, 'open', v1);
    const entry = (await t.anonymous.get('/api/public/changelog')).json().items[0];
    const policy = (await owner.get('/api/policies/open')).json();
    await owner.patch('/api/policies/open', { version: policy.version, restricted: true });
    expect((await t.anonymous.get('/api/public/changelog')).json().items).toHaveLength(0);
    expectProblem(await t.anonymous.get(`/api/public/changelog/${entry.id}`), 404, 'NOT_FOUND');
    expectProblem(await t.anonymous.get(`/api/public/changelog/${MISSING}`), 404, 'NOT_FOUND');
    expect((await t.anonymous.get('/api/public/changelog.atom')).body).not.toContain('open');
  });
});
