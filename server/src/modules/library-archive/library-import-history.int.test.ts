import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, createTestApp, expectProblem, type TestApp, type TestClient } from '../../test/test-app.js';

const GUIDELINES = fileURLToPath(new URL('../../../../../shared/data/community-guidelines-versions', import.meta.url));
const capture = (date: string) => readFileSync(join(GUIDELINES, `${date}.md`), 'utf8');

/** Real captures as `community-guidelines/<date>.md`, without front-matter, as an archive folder holds them. */
const archiveOf = (files: Record<string, string>) =>
  Buffer.from(
    zipSync(
      Object.fromEntries(
        Object.entries(files).map(([date, text]) => [`community-guidelines/${date}.md`, strToU8(text)]),
      ),
    ),
  );

function importZip(client: TestClient, archive: Buffer, query = '') {
  return client.request({
    method: 'POST',
    url: `/api/library/import${query}`,
    payload: archive,
    headers: { 'content-type': 'application/zip' },
  });
}

interface VersionItem {
  label: string;
  effectiveDate: string;
}

describe.each(DIALECTS)('importing into an existing policy on %s', (dialect) => {
  let t: TestApp;
  afterEach(async () => t.close());

  it('compares with the newest version, continues its labels, refuses back-dated files and skips identical ones', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    const first = ['2022-07-11', '2023-03-21', '2023-10-19', '2024-04-17'];
    const initial = await importZip(admin, archiveOf(Object.fromEntries(first.map((d) => [d, capture(d)]))));
    expect(initial.statusCode).toBe(200);
    expect(initial.json().totals).toMatchObject({ policies: 1, versions: 4, flagged: 0 });

    // The next capture alone, without front-matter: it continues after 1.3 instead of clashing with 1.0.
    const next = await importZip(admin, archiveOf({ '2025-06-13': capture('2025-06-13') }));
    expect(next.statusCode).toBe(200);
    expect(next.json().policies[0]).toMatchObject({
      action: 'append',
      versions: [{ label: '1.4', action: 'create', flag: null }],
    });

    // 66 kB after 141 kB: compared with 1.4 (the newest), not with 1.0 (44 kB), so it waits for a person.
    const truncated = archiveOf({ '2026-07-14': capture('2026-07-14') });
    const dry = (await importZip(admin, truncated, '?dryRun=true')).json();
    expect(dry.policies[0].versions).toEqual([
      expect.objectContaining({
        file: 'community-guidelines/2026-07-14.md',
        label: '1.5',
        decision: 'pending',
        flag: expect.objectContaining({
          reason: 'shrank',
          previousFile: 'version 1.4 in the library',
          message: expect.stringMatching(/^The text is 53% shorter/),
        }),
      }),
    ]);
    expectProblem(await importZip(admin, truncated), 409, 'INVALID_STATE');
    const confirmed = await importZip(admin, truncated, '?confirm=community-guidelines/2026-07-14.md');
    expect(confirmed.statusCode).toBe(200);
    const versions: VersionItem[] = (await admin.get('/api/policies/community-guidelines/versions')).json().items;
    expect(versions.map((v) => [v.label, v.effectiveDate])).toEqual(
      [...first, '2025-06-13', '2026-07-14'].map((date, i) => [`1.${i}`, date]).reverse(),
    );

    // Dated before the newest version (but after the oldest): an import cannot insert it into history.
    const backDated = await importZip(admin, archiveOf({ '2026-01-01': `${capture('2025-06-13')}\nOne more line.\n` }));
    const problem = expectProblem(backDated, 400, 'VALIDATION_FAILED');
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: 'community-guidelines/2026-01-01.md',
        message: expect.stringMatching(/versions in force up to 2026-07-14.*cannot insert an earlier version/),
      }),
    ]);

    // The same file again changes nothing and is not flagged a second time.
    const again = (await importZip(admin, truncated)).json();
    expect(again).toMatchObject({ applied: false, totals: { versions: 0, flagged: 0 } });
    expect(again.policies[0]).toMatchObject({
      action: 'unchanged',
      versions: [{ label: '1.5', action: 'unchanged', flag: null }],
    });
    expect((await admin.get('/api/policies/community-guidelines/versions')).json().items).toHaveLength(6);
  });

  it('keeps labels given in front-matter and continues after them, never reusing a label of the library', async () => {
    t = await createTestApp(dialect);
    const admin = await t.signIn('admin');
    const text = (n: number) => `# Spam\n\n## Rule\n\n${'Do not post the same link again and again. '.repeat(10)}${n}`;
    expect(
      (await importZip(admin, archiveOf({ '2024-01-01': `---\nversion: "2.0"\n---\n${text(1)}` }))).statusCode,
    ).toBe(200);
    const appended = (
      await importZip(
        admin,
        archiveOf({
          '2024-02-01': text(2),
          '2024-03-01': `---\nversion: "2.2"\n---\n${text(3)}`,
          '2024-04-01': text(4),
        }),
      )
    ).json();
    expect(appended.policies[0].versions.map((v: { label: string }) => v.label)).toEqual(['2.1', '2.2', '2.3']);
  });
});
