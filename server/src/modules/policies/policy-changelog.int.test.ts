import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

describe.each(DIALECTS)('public changelog on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;

  async function live(slug: string, body: string, effectiveDate: string, extra: object = {}) {
    const url = `/api/policies/${slug}/versions`;
    if ((await owner.get(`/api/policies/${slug}`)).statusCode === 404) {
      const areaId = (await owner.get('/api/policy-areas')).json().items[0].id;
      await owner.post('/api/policies', { title: `Policy ${slug}`, slug, areaId, ownerIds: [owner.userId], ...extra });
    }
    const draft = (await writer.post(url, { body, changeSummary: `Summary <b>${effectiveDate}</b> & more` })).json();
    await writer.post(`${url}/${draft.id}/transitions`, { version: 1, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 2, action: 'approve', effectiveDate });
    await owner.post(`${url}/${draft.id}/transitions`, { version: 3, action: 'publish' });
    return draft.id as string;
  }

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    await owner.post('/api/policy-areas', { name: 'Area' });
  });
  afterEach(async () => t.close());

  it('publishes a live version deliberately; the public sees it without signing in, with its diff and in a valid Atom feed', async () => {
    const v1 = await live('hate-speech', 'No slurs.', '2025-01-01');
    expect((await owner.get(`/api/policies/hate-speech/versions/${v1}`)).json().abilities.addToChangelog).toBe(true);
    expect((await t.anonymous.get('/api/public/changelog')).json().items).toHaveLength(0);
    const first = await owner.post(`/api/policies/hate-speech/versions/${v1}/changelog`);
    expect(first.statusCode).toBe(201);
    expectProblem(await owner.post(`/api/policies/hate-speech/versions/${v1}/changelog`), 409, 'ALREADY_EXISTS');
    const v2 = await live('hate-speech', 'No slurs or coded slurs.', '2025-06-01');
    expectProblem(await owner.post(`/api/policies/hate-speech/versions/${v1}/changelog`), 409, 'ALREADY_EXISTS');
    await owner.post(`/api/policies/hate-speech/versions/${v2}/changelog`);

    const list = (await t.anonymous.get('/api/public/changelog')).json().items;
    expect(list.map((e: { version: { id: string } }) => e.version.id)).toEqual([v2, v1]);
    const detail = (await t.anonymous.get(`/api/public/changelog/${list[0].id}`)).json();
    expect(detail.previousLabel).toBe('1.0');
    expect(
      detail.diff
        .filter((p: { added: boolean }) => p.added)
        .map((p: { value: string }) => p.value)
        .join(''),
    ).toMatch(/coded slurs/);

    const feed = await t.anonymous.get('/api/public/changelog.atom');
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const atom = new XMLParser({ ignoreAttributes: false }).parse(feed.body).feed;
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated', 'author']) expect(atom[field], field).toBeTruthy();
    expect(atom.entry).toHaveLength(2);
    for (const entry of atom.entry)
      for (const field of ['id', 'title', 'updated', 'link', 'summary']) expect(entry[field], field).toBeTruthy();
    expect(atom.entry[0].summary['#text']).toBe('Summary <b>2025-06-01</b> & more');
    const audit = (await (await t.signIn('admin')).get('/api/audit-events?action=changelog_entry.published')).json()
      .items;
    expect(audit).toHaveLength(2);
  });

  it('refuses drafts, restricted policies and roles without publish rights, and hides a policy restricted later', async () => {
    const v1 = await live('open', 'Text.', '2025-01-01');
    const draft = (await writer.post('/api/policies/open/versions', { body: 'next' })).json();
    expectProblem(await owner.post(`/api/policies/open/versions/${draft.id}/changelog`), 409, 'INVALID_STATE');
    expectProblem(await writer.post(`/api/policies/open/versions/${v1}/changelog`), 403, 'FORBIDDEN');
    const secret = await live('secret', 'Hidden.', '2025-01-01', { restricted: true, memberIds: [writer.userId] });
    expectProblem(await owner.post(`/api/policies/secret/versions/${secret}/changelog`), 409, 'INVALID_STATE');
    await owner.post(`/api/policies/open/versions/${v1}/changelog`);
    const entry = (await t.anonymous.get('/api/public/changelog')).json().items[0];
    const policy = (await owner.get('/api/policies/open')).json();
    await owner.patch('/api/policies/open', { version: policy.version, restricted: true });
    expect((await t.anonymous.get('/api/public/changelog')).json().items).toHaveLength(0);
    expectProblem(await t.anonymous.get(`/api/public/changelog/${entry.id}`), 404, 'NOT_FOUND');
    expect((await t.anonymous.get('/api/public/changelog.atom')).body).not.toContain('open');
  });
});
