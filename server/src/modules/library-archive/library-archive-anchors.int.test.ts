import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  createSampleTestApp,
  createTestApp,
  expectProblem,
  type TestApp,
  type TestClient,
} from '../../test/test-app.js';

const zip = (files: Record<string, string>) =>
  Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)]))));
const unzipText = (body: Buffer) =>
  Object.fromEntries(Object.entries(unzipSync(body)).map(([path, bytes]) => [path, new TextDecoder().decode(bytes)]));

function importZip(client: TestClient, archive: Buffer, query = '') {
  return client.request({
    method: 'POST',
    url: `/api/library/import${query}`,
    payload: archive,
    headers: { 'content-type': 'application/zip' },
  });
}

interface Outline {
  entries: { anchorId: string; number: string }[];
}

/** Every version's outline, by policy slug and version label (ids differ between workspaces). */
async function outlines(client: TestClient): Promise<Map<string, Outline['entries']>> {
  const out = new Map<string, Outline['entries']>();
  for (const { slug } of (await client.get('/api/policies?limit=200')).json().items as { slug: string }[]) {
    for (const v of (await client.get(`/api/policies/${slug}/versions`)).json().items as {
      id: string;
      label: string;
    }[])
      out.set(
        `${slug} ${v.label}`,
        ((await client.get(`/api/policies/${slug}/versions/${v.id}/outline`)).json() as Outline).entries,
      );
  }
  return out;
}

/** The id, dates and title of each Atom entry: what a feed reader keys on. */
const feedEntries = (atom: string) =>
  [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) =>
    ['id', 'updated', 'published', 'title'].map((tag) => new RegExp(`<${tag}>(.*?)</${tag}>`).exec(m[1]!)?.[1]),
  );

describe.each(DIALECTS)('library archive anchors and changelog ids on %s', (dialect) => {
  const apps: TestApp[] = [];
  const app = async () => {
    const t = await createTestApp(dialect);
    apps.push(t);
    return t;
  };
  afterEach(async () => {
    await Promise.all(apps.splice(0).map((t) => t.close()));
  });

  it(
    'carries clause anchors and changelog entries through an export and an import into an empty workspace',
    { timeout: 120_000 },
    async () => {
      const { t: source, admin } = await createSampleTestApp(dialect);
      apps.push(source);
      for (const slug of ['hate-speech', 'bullying-and-harassment']) {
        const versions = (await admin.get(`/api/policies/${slug}/versions`)).json().items as {
          id: string;
          state: string;
        }[];
        const live = versions.find((v) => v.state === 'live');
        expect(live, slug).toBeDefined();
        const added = await admin.post(`/api/policies/${slug}/versions/${live!.id}/changelog`, {
          publicSummary: `What changed in ${slug}, for readers`,
        });
        expect(added.statusCode).toBe(201);
      }
      const summaries = async (client: TestClient) =>
        ((await client.get('/api/public/changelog')).json().items as { id: string; summary: string }[]).map(
          (e) => `${e.id} ${e.summary}`,
        );
      const sourceSummaries = await summaries(source.anonymous);
      const sourceOutlines = await outlines(admin);
      const sourceFeed = feedEntries((await source.anonymous.get('/api/public/changelog.atom')).body);
      expect(sourceFeed).toHaveLength(2);
      const exported = await admin.post('/api/library/export');
      const files = unzipText(exported.rawPayload);
      expect(files['hate-speech/anchors.yaml']).toMatch(/"1\.1": c-/);
      expect(Object.values(files).join('\n')).toContain('publicSummary: What changed in hate-speech, for readers');

      const target = await app();
      for (const table of ['users', 'teams'] as const) {
        const rows = await source.database.db.selectFrom(table).selectAll().execute();
        const present = new Set((await target.database.db.selectFrom(table).select('id').execute()).map((r) => r.id));
        for (const row of rows.filter((r) => !present.has(r.id)))
          await target.database.db
            .insertInto(table)
            .values(row as never)
            .execute();
      }
      const importer = await target.signIn('admin', 'importer@example.com');
      const done = await importZip(importer, exported.rawPayload);
      expect(done.statusCode).toBe(200);
      expect(done.json().warnings).toEqual([]);

      expect(await outlines(importer)).toEqual(sourceOutlines);
      const [anchor] = sourceOutlines.get('hate-speech 1.0')!.filter((e) => e.number.includes('.'));
      const cited = await importer.get(`/api/policies/hate-speech/clauses/${anchor!.anchorId}`);
      expect(cited.statusCode).toBe(200);
      expect(cited.json()).toMatchObject({ anchorId: anchor!.anchorId });
      expect(feedEntries((await target.anonymous.get('/api/public/changelog.atom')).body)).toEqual(sourceFeed);
      expect(await summaries(target.anonymous)).toEqual(sourceSummaries);
      expect(unzipText((await importer.post('/api/library/export')).rawPayload)).toEqual(files);
    },
  );

  it('computes anchors afresh, with a warning, when the text no longer has the numbers the archive lists', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const text = '# Spam\n\n## Links\n\nNo link farms.\n\nNo repeated links.\n';
    const anchors = 'v.md:\n  "1": s-links001\n  "1.1": c-farms001\n  "1.2": c-repeat01\n';
    const archive = zip({
      'spam/2024-01-01.md': text,
      'spam/2024-02-01.md': `${text}\nNo link shorteners.\n`,
      'spam/anchors.yaml': `${anchors.replace('v.md', '2024-01-01.md')}${anchors.replace('v.md', '2024-02-01.md')}`,
    });
    const result = (await importZip(admin, archive)).json();
    expect(result.warnings).toEqual([
      {
        file: 'spam/2024-02-01.md',
        message: expect.stringMatching(/anchors\.yaml lists 3 sections and clauses, the text has 4/),
      },
    ]);
    const versions = (await admin.get('/api/policies/spam/versions')).json().items as { id: string; label: string }[];
    const outlineOf = async (label: string) =>
      (
        (
          await admin.get(`/api/policies/spam/versions/${versions.find((v) => v.label === label)!.id}/outline`)
        ).json() as Outline
      ).entries.map((e) => [e.number, e.anchorId]);
    expect(await outlineOf('1.0')).toEqual([
      ['1', 's-links001'],
      ['1.1', 'c-farms001'],
      ['1.2', 'c-repeat01'],
    ]);
    // Computed from the version it follows, so the clauses it kept keep their anchors.
    expect((await outlineOf('1.1')).slice(0, 3)).toEqual(await outlineOf('1.0'));
    expect((await admin.get('/api/policies/spam/clauses/c-farms001')).statusCode).toBe(200);
  });

  it('refuses a malformed anchors file or changelog entry, naming file and line, and still reads changelog: true', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const good = { 'spam/2024-01-01.md': '# Spam\n\n## Links\n\nNo link farms.\n' };
    const cases: [Record<string, string>, string, number, RegExp][] = [
      [{ ...good, 'spam/anchors.yaml': '2024-01-01.md:\n  "1": not an id\n' }, 'spam/anchors.yaml', 2, /anchor id/],
      [{ ...good, 'spam/anchors.yaml': '2024-01-01.md:\n  "1": s-a\n  "1.1": s-a\n' }, 'spam/anchors.yaml', 3, /twice/],
      [{ ...good, 'spam/anchors.yaml': '2025-01-01.md:\n  "1": s-a\n' }, 'spam/anchors.yaml', 1, /no file 2025-01-01/],
      [{ 'spam/2024-01-01.md': '---\nchangelog:\n  id: nope\n---\nText' }, 'spam/2024-01-01.md', 3, /changelog\.id/],
    ];
    for (const [files, path, line, message] of cases) {
      const response = await importZip(admin, zip(files));
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.json().errors[0], path).toMatchObject({ path, line, message: expect.stringMatching(message) });
    }
    expect((await admin.get('/api/policies')).json().items).toHaveLength(0);
    const legacy = await importZip(admin, zip({ 'spam/2024-01-01.md': '---\nchangelog: true\n---\n# Spam\n\nText.' }));
    expect(legacy.statusCode).toBe(200);
    const [entry] = (await t.anonymous.get('/api/public/changelog')).json().items;
    // An archive without a public summary gets the neutral sentence, never the version's internal one.
    expect(entry.summary).toBe('Updated Spam policy, effective 1 January 2024');
  });
});
