import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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

const GUIDELINES = fileURLToPath(new URL('../../../../../shared/data/community-guidelines-versions', import.meta.url));

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

describe.each(DIALECTS)('library import and export on %s', (dialect) => {
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
    'exports the library and an import into an empty workspace reproduces it exactly',
    { timeout: 120_000 },
    async () => {
      const { t: source, admin } = await createSampleTestApp(dialect);
      apps.push(source);
      const live = (await admin.get('/api/policies/hate-speech/versions'))
        .json()
        .items.find((v: { state: string }) => v.state === 'live');
      const added = await admin.post(`/api/policies/hate-speech/versions/${live.id}/changelog`, {
        publicSummary: 'Clearer rules on coded hate speech',
      });
      expect(added.statusCode).toBe(201);

      const stories = (await admin.post('/api/surfaces', { name: 'Stories' })).json();
      const dims = (await admin.get('/api/applicability/dimensions')).json();
      const marketId = (code: string) => dims.markets.find((m: { code: string }) => m.code === code).id;
      const jp = (
        await admin.post('/api/markets', { code: 'JP', name: 'Japan', kind: 'country', parentId: marketId('APAC') })
      ).json();
      const policyVersion = (await admin.get('/api/policies/hate-speech')).json().version;
      const grid = await admin.put('/api/policies/hate-speech/applicability', {
        version: policyVersion,
        cells: [
          { surfaceId: stories.id, marketId: jp.id, state: 'differs', note: 'Stricter rules for stories in Japan' },
          { surfaceId: dims.surfaces[0].id, marketId: marketId('GLOBAL'), state: 'applies' },
        ],
      });
      expect(grid.statusCode).toBe(200);
      const draft = (await admin.get('/api/policies')).json().items.map((p: { slug: string }) => p.slug);
      let withDates = false;
      for (const slug of draft) {
        const open = (await admin.get(`/api/policies/${slug}/versions`))
          .json()
          .items.find((v: { state: string }) => v.state === 'draft');
        if (!open || withDates) continue;
        const dated = await admin.patch(`/api/policies/${slug}/versions/${open.id}`, {
          version: open.version,
          effectiveDate: '2030-01-01',
          marketDates: [
            { marketId: marketId('EU'), effectiveDate: '2030-03-01' },
            { marketId: jp.id, effectiveDate: '2030-02-01' },
          ],
        });
        expect(dated.statusCode).toBe(200);
        withDates = true;
      }
      expect(withDates).toBe(true);

      const exported = await admin.post('/api/library/export');
      expect(exported.statusCode).toBe(200);
      expect(exported.headers['content-type']).toBe('application/zip');
      expect(exported.headers['content-disposition']).toMatch(
        /attachment; filename="policyops-library-\d{4}-\d{2}-\d{2}\.zip"/,
      );
      const files = unzipText(exported.rawPayload);
      expect(Object.keys(files)).toContain('library.yaml');
      expect(Object.keys(files).filter((f) => f.startsWith('hate-speech/')).length).toBeGreaterThanOrEqual(2);
      expect(files['library.yaml']).toContain('note: Stricter rules for stories in Japan');
      expect(Object.values(files).some((text) => text.includes('JP: 2030-02-01'))).toBe(true);

      // An empty library in a workspace with the same people and teams.
      const target = await app();
      for (const table of ['users', 'teams'] as const) {
        const rows = await source.database.db.selectFrom(table).selectAll().execute();
        const present = new Set((await target.database.db.selectFrom(table).select('id').execute()).map((r) => r.id));
        for (const row of rows)
          if (!present.has(row.id))
            await target.database.db
              .insertInto(table)
              .values(row as never)
              .execute();
      }
      const importer = await target.signIn('admin', 'importer@example.com');
      const dry = (await importZip(importer, exported.rawPayload, '?dryRun=true')).json();
      expect(dry).toMatchObject({ dryRun: true, applied: false, totals: { flagged: 0, pending: 0 } });
      expect((await importer.get('/api/policies')).json().items).toHaveLength(0);

      const done = await importZip(importer, exported.rawPayload);
      expect(done.statusCode).toBe(200);
      expect(done.json()).toMatchObject({ applied: true, totals: dry.totals, warnings: [] });
      const reexported = unzipText((await importer.post('/api/library/export')).rawPayload);
      expect(reexported).toEqual(files);

      const summary = (
        items: {
          slug: string;
          title: string;
          status: string;
          tags: string[];
          restricted: boolean;
          areaName: string;
          currentVersion: { label: string } | null;
        }[],
      ) => items.map((p) => [p.slug, p.title, p.status, p.tags, p.restricted, p.areaName, p.currentVersion?.label]);
      expect(summary((await importer.get('/api/policies')).json().items)).toEqual(
        summary((await admin.get('/api/policies')).json().items),
      );
      expect(
        (await target.anonymous.get('/api/public/changelog')).json().items.map((e: { summary: string }) => e.summary),
      ).toEqual(['Clearer rules on coded hate speech']);

      // Importing the same archive again changes nothing.
      const again = (await importZip(importer, exported.rawPayload)).json();
      expect(again).toMatchObject({ applied: false, totals: { policies: 0, versions: 0 } });
    },
  );

  it('imports the real dated Community Guidelines, holding back the sharply shorter capture until confirmed', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const names = readdirSync(GUIDELINES);
    const archive = zip(
      Object.fromEntries(
        names.map((name) => [`community-guidelines/${name}`, readFileSync(join(GUIDELINES, name), 'utf8')]),
      ),
    );
    const dates = names
      .filter((n) => n.endsWith('.md'))
      .map((n) => n.slice(0, 10))
      .sort();
    expect(dates).toHaveLength(6);

    const dry = (await importZip(admin, archive, '?dryRun=true')).json();
    expect(dry.ignoredFiles).toEqual(['community-guidelines/INDEX.txt', 'community-guidelines/LICENSE_ODC-By.txt']);
    expect(dry.policies).toHaveLength(1);
    const [policy] = dry.policies;
    expect(policy).toMatchObject({
      slug: 'community-guidelines',
      title: 'Community Guidelines',
      area: 'Imported',
      action: 'create',
    });
    expect(policy.versions.map((v: { effectiveDate: string }) => v.effectiveDate)).toEqual(dates);
    const flagged = policy.versions.filter((v: { flag: unknown }) => v.flag);
    expect(flagged.map((v: { file: string }) => v.file)).toEqual(['community-guidelines/2026-07-14.md']);
    expect(flagged[0]).toMatchObject({
      decision: 'pending',
      flag: { reason: 'shrank', previousFile: 'community-guidelines/2025-06-13.md' },
    });

    const refused = await importZip(admin, archive);
    expectProblem(refused, 409, 'INVALID_STATE');
    expect(refused.json().errors).toEqual([expect.objectContaining({ path: 'community-guidelines/2026-07-14.md' })]);
    expect((await admin.get('/api/policies')).json().items).toHaveLength(0);
    expect((await admin.get('/api/policy-areas')).json().items).toHaveLength(0);

    const done = await importZip(admin, archive, '?confirm=community-guidelines/2026-07-14.md');
    expect(done.statusCode).toBe(200);
    expect(done.json().totals).toMatchObject({ areas: 1, policies: 1, versions: 6, flagged: 1, pending: 0 });
    const versions = (await admin.get('/api/policies/community-guidelines/versions')).json().items;
    expect(
      versions.map((v: { label: string; effectiveDate: string; state: string }) => [v.label, v.effectiveDate, v.state]),
    ).toEqual(dates.map((date, i) => [`1.${i}`, date, i === 5 ? 'live' : 'superseded']).reverse());
    const byDate = new Map<string, string>(
      versions.map((v: { effectiveDate: string; id: string }) => [v.effectiveDate, v.id]),
    );
    const stored = (await admin.get(`/api/policies/community-guidelines/versions/${byDate.get('2023-10-19')}`)).json();
    expect(stored.body).toBe(readFileSync(join(GUIDELINES, '2023-10-19.md'), 'utf8'));
    expect((await admin.get('/api/policies/community-guidelines/as-of?date=2023-01-01')).json().effectiveDate).toBe(
      '2022-07-11',
    );
    expect((await admin.get('/api/policies/community-guidelines/as-of?date=2024-12-31')).json().effectiveDate).toBe(
      '2024-04-17',
    );

    const diff = (
      await admin.get(
        `/api/policies/community-guidelines/diff?from=${byDate.get('2024-04-17')}&to=${byDate.get('2025-06-13')}`,
      )
    ).json();
    expect(diff.stats.addedWords).toBeGreaterThan(1000);
    expect(diff.unified).toContain('+++ community-guidelines 1.4');

    const hits = (await admin.get('/api/search?q=overgeneralized&limit=50&history=true')).json().items;
    expect(hits.map((h: { version: { effectiveDate: string } }) => h.version.effectiveDate).sort()).toEqual([
      '2025-06-13',
      '2026-07-14',
    ]);
    const livestream = (await admin.get('/api/search?q=livestream&limit=50&history=true')).json().items;
    expect(livestream.length).toBeGreaterThanOrEqual(4);
    // By default only the version in force today is searched.
    const inForce = (await admin.get('/api/search?q=overgeneralized&limit=50')).json().items;
    expect(inForce.map((h: { version: { effectiveDate: string } }) => h.version.effectiveDate)).toEqual(['2026-07-14']);
  });

  it('skips a flagged version on request and appends later versions to an existing policy', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const long = `# Bullying\n\n${'## Rule\n\nDo not harass people. '.repeat(30)}`;
    const first = zip({ 'bullying/2024-01-01.md': long, 'bullying/2024-06-01.md': 'Page not found' });
    const skipped = (await importZip(admin, first, '?skip=bullying/2024-06-01.md')).json();
    expect(skipped.policies[0].versions.map((v: { action: string }) => v.action)).toEqual(['create', 'skip']);
    expect((await admin.get('/api/policies/bullying/versions')).json().items).toHaveLength(1);

    const later = zip({ 'bullying/2024-01-01.md': long, 'bullying/2025-01-01.md': `${long}\nAlso no dogpiling.` });
    const appended = (await importZip(admin, later)).json();
    expect(appended.policies[0]).toMatchObject({
      action: 'append',
      versions: [
        { action: 'unchanged', label: '1.0' },
        { action: 'create', label: '1.1' },
      ],
    });
    const versions = (await admin.get('/api/policies/bullying/versions')).json().items;
    expect(versions.map((v: { state: string }) => v.state)).toEqual(['live', 'superseded']);

    const earlier = zip({ 'bullying/2023-01-01.md': long.replace('Rule', 'Old rule') });
    const refused = await importZip(admin, earlier);
    expectProblem(refused, 400, 'VALIDATION_FAILED');
    expect(refused.json().errors[0]).toMatchObject({ path: 'bullying/2023-01-01.md', line: 1 });
  });

  it('aborts the whole import on an invalid file, naming file and line, and writes nothing', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const good = { 'hate-speech/2024-01-01.md': '# Hate speech\n\nNo slurs.' };
    const cases: [Record<string, string>, string, number, RegExp][] = [
      [
        { ...good, 'harassment/2024-01-01.md': '---\nversion: "1.0"\nsumary: typo\n---\nText' },
        'harassment/2024-01-01.md',
        3,
        /sumary: unknown key/,
      ],
      [
        { ...good, 'harassment/2024-01-01.md': '---\nversion: [1.0\n---\nText' },
        'harassment/2024-01-01.md',
        3,
        /Invalid YAML/,
      ],
      [
        { ...good, 'harassment/2024-01-01.md': '---\nversion: "1.0"\nstate: published\n---\nText' },
        'harassment/2024-01-01.md',
        3,
        /state/,
      ],
      [{ ...good, 'harassment/2023-02-30.md': 'Text' }, 'harassment/2023-02-30.md', 1, /not a calendar date/],
      [
        { ...good, 'Harassment Policy/2024-01-01.md': 'Text' },
        'Harassment Policy/2024-01-01.md',
        1,
        /not a usable policy slug/,
      ],
      [{ ...good, 'notes.md': 'Text' }, 'notes.md', 1, /folder named after the policy/],
      [
        { ...good, 'library.yaml': 'format: policyops-library/1\npolicies:\n  - slug: x-y\n    title: X\n' },
        'library.yaml',
        3,
        /area/,
      ],
    ];
    for (const [files, path, line, message] of cases) {
      const response = await importZip(admin, zip(files));
      expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(response.json().errors[0], path).toMatchObject({ path, line, message: expect.stringMatching(message) });
    }
    const badUtf8 = Buffer.from(
      zipSync({ 'harassment/2024-01-01.md': new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0xff, 0xfe]) }),
    );
    expect((await importZip(admin, badUtf8)).json().errors[0]).toMatchObject({
      path: 'harassment/2024-01-01.md',
      line: 3,
    });
    expectProblem(await importZip(admin, Buffer.from('not a zip')), 400, 'VALIDATION_FAILED');
    expectProblem(await importZip(admin, zip({ 'README.txt': 'hi' })), 400, 'VALIDATION_FAILED');
    expectProblem(await admin.post('/api/library/import', { files: [] }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect((await admin.get('/api/policies')).json().items).toHaveLength(0);
    expect((await admin.get('/api/policy-areas')).json().items).toHaveLength(0);
  });

  it('lets only admins import, exports only what the caller can see, and maps unknown people with a warning', async () => {
    const t = await app();
    const admin = await t.signIn('admin');
    const owner = await t.signIn('policy_owner');
    const archive = zip({
      'library.yaml':
        'format: policyops-library/1\nareas:\n  - name: Safety\npolicies:\n  - slug: secret\n    title: Secret\n    area: Safety\n    restricted: true\n    owners: [ghost@example.com]\n',
      'secret/2024-01-01.md': '---\nauthor: ghost@example.com\n---\nHidden.',
      'open/2024-01-01.md': 'Open.',
    });
    expectProblem(await importZip(owner, archive), 403, 'FORBIDDEN');
    const result = (await importZip(admin, archive)).json();
    expect(result.warnings.map((w: { message: string }) => w.message).join(' ')).toMatch(
      /ghost@example.com \(owner\).*ghost@example.com \(author\)/,
    );
    expect((await admin.get('/api/policies/secret/versions')).json().items[0].author.id).toBe(admin.userId);
    const ownerView = unzipText((await owner.post('/api/library/export')).rawPayload);
    expect(Object.keys(ownerView).sort()).toEqual(['library.yaml', 'open/2024-01-01.md', 'open/anchors.yaml']);
    expect(ownerView['library.yaml']).not.toContain('secret');
    expectProblem(await (await t.signIn('viewer')).post('/api/library/export'), 403, 'FORBIDDEN');
  });
});
