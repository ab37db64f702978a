import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, isoDay } from '../../platform/clock.js';
import { DIALECTS, createTestApp, type TestApp, type TestClient } from '../../test/test-app.js';

const TODAY = isoDay(new Date());
const PAST = addDays(TODAY, -100);
const SOON = addDays(TODAY, 20);
const LATER = addDays(TODAY, 40);

type Entry = { id: string; version: { label: string; marketDates: { marketCode: string; effectiveDate: string }[] } };
type Detail = Entry & {
  previous: { entryId: string; label: string } | null;
  html: string;
  changes: { summary: string; html: string };
};

/** The words a reader sees in rendered HTML: tags gone, entities read back. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** Each `<ins>` / `<del>` element's words. */
const marked = (html: string, tag: 'ins' | 'del') =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => visibleText(m[1]!).trim());

const TEXT_V1 = [
  'Hate Speech',
  '===========',
  '',
  '## What is not allowed',
  '',
  '* **Slurs** aimed at a protected group.',
  '* Dehumanising comparisons.',
  '',
  '## What is allowed',
  '',
  'Counter-speech that quotes a slur to condemn it.',
  '',
  '<script>alert(1)</script>',
  '',
  'See [a link](javascript:alert(1)) <img src=x onerror=alert(1)>.',
].join('\n');

describe.each(DIALECTS)('reading the public changelog on %s', (dialect) => {
  let t: TestApp;
  let writer: TestClient;
  let owner: TestClient;

  async function live(slug: string, body: string, effectiveDate: string, marketDates: object[] = []) {
    const url = `/api/policies/${slug}/versions`;
    if ((await owner.get(`/api/policies/${slug}`)).statusCode === 404) {
      const areaId = (await owner.get('/api/policy-areas')).json().items[0].id;
      await owner.post('/api/policies', { title: 'Hate Speech', slug, areaId, ownerIds: [owner.userId] });
    }
    const draft = (await writer.post(url, { body, changeSummary: 'internal' })).json();
    if (marketDates.length) await writer.patch(`${url}/${draft.id}`, { version: 1, marketDates });
    const at = marketDates.length ? 2 : 1;
    await writer.post(`${url}/${draft.id}/transitions`, { version: at, action: 'submit' });
    await owner.post(`${url}/${draft.id}/transitions`, { version: at + 1, action: 'approve', effectiveDate });
    const made = await owner.post(`${url}/${draft.id}/transitions`, { version: at + 2, action: 'publish' });
    expect(made.statusCode, made.body).toBe(200);
    return draft.id as string;
  }
  async function publicEntry(slug: string, versionId: string): Promise<string> {
    const added = await owner.post(`/api/policies/${slug}/versions/${versionId}/changelog`, {
      publicSummary: 'We changed the rules.',
    });
    expect(added.statusCode, added.body).toBe(201);
    return added.json().id;
  }
  const detail = async (entryId: string) =>
    (await t.anonymous.get(`/api/public/changelog/${entryId}`)).json() as Detail;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    writer = await t.signIn('contributor');
    owner = await t.signIn('policy_owner');
    await owner.post('/api/policy-areas', { name: 'Area' });
  });
  afterEach(async () => t.close());

  it('compares each entry with the previous public entry of the policy, skipping versions never made public', async () => {
    const v1 = await live('hate-speech', TEXT_V1, PAST);
    const first = await publicEntry('hate-speech', v1);
    // 1.1 takes effect but is never put on the changelog; 1.2 is, and is compared with 1.0.
    await live(
      'hate-speech',
      TEXT_V1.replace('Dehumanising comparisons.', 'Dehumanising comparisons or imagery.'),
      SOON,
    );
    const v3 = await live(
      'hate-speech',
      TEXT_V1.replace('Dehumanising comparisons.', 'Dehumanising comparisons or imagery.').replace(
        'aimed at a protected group',
        'or coded slurs aimed at a protected group',
      ),
      LATER,
    );
    const third = await publicEntry('hate-speech', v3);

    const newest = await detail(third);
    expect(newest.previous).toMatchObject({ entryId: first, label: '1.0' });
    expect(newest.changes.summary).toBe('2 clauses reworded');
    expect(marked(newest.changes.html, 'ins')).toEqual(['or coded slurs', 'or imagery']);
    expect(marked(newest.changes.html, 'del')).toEqual([]);

    // The first public entry of a policy shows its whole text as new.
    const oldest = await detail(first);
    expect(oldest.previous).toBeNull();
    expect(marked(oldest.changes.html, 'ins').join(' ')).toContain('Counter-speech that quotes a slur');
  });

  it('finds the previous entry by the versions, even when both entries carry the same time (an import)', async () => {
    const at = '2025-03-01T00:00:00.000Z';
    const front = (id: string, summary: string) =>
      `---\nsummary: ${summary}\nchangelog:\n  id: ${id}\n  publishedAt: ${at}\n---\n`;
    const archive = zipSync({
      'spam/2025-01-01.md': strToU8(`${front('01950000-0000-7000-8000-000000000001', 'a')}# Spam\n\nNo link farms.\n`),
      'spam/2025-02-01.md': strToU8(
        `${front('01950000-0000-7000-8000-000000000002', 'b')}# Spam\n\nNo link farms or link rings.\n`,
      ),
    });
    const imported = await (
      await t.signIn('admin')
    ).request({
      method: 'POST',
      url: '/api/library/import',
      payload: Buffer.from(archive),
      headers: { 'content-type': 'application/zip' },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const second = await detail('01950000-0000-7000-8000-000000000002');
    expect(second.previous?.label).toBe('1.0');
    expect(marked(second.changes.html, 'ins')).toEqual(['or link rings']);
    expect((await detail('01950000-0000-7000-8000-000000000001')).previous).toBeNull();
  });

  it('renders the text and the changes as sanitised HTML without Markdown syntax', async () => {
    const v1 = await live('hate-speech', TEXT_V1, PAST);
    await publicEntry('hate-speech', v1);
    const v2 = await live(
      'hate-speech',
      TEXT_V1.replace('* Dehumanising comparisons.\n', '* Dehumanising comparisons.\n* **Denial** of atrocities.\n'),
      SOON,
    );
    const entry = await detail(await publicEntry('hate-speech', v2));
    for (const html of [entry.html, entry.changes.html]) {
      expect(html).not.toMatch(/<script|<img|href="javascript:|<[^>]*\son\w+=/i);
      const text = visibleText(html);
      for (const syntax of ['##', '**', '====', '* ', '](']) expect(text, syntax).not.toContain(syntax);
    }
    expect(entry.html).toContain('<strong>Slurs</strong>');
    // Headings start below the page's, the entry's and the panel's own (h1-h3).
    expect(entry.html).toMatch(/<h4>What is not allowed<\/h4>/);
    for (const html of [entry.html, entry.changes.html]) expect(html).not.toMatch(/<h[123][ >]/);
    // A javascript: link keeps its words and loses its target; raw HTML never becomes markup.
    expect(visibleText(entry.html)).toContain('See a link');
    expect(marked(entry.changes.html, 'ins')).toEqual(['Denial of atrocities.']);
    expect(entry.changes.html).toContain('<strong>Denial</strong>');
    expect(entry.changes.summary).toBe('1 clause added');
  });

  it('gives the per-market effective dates of each entry', async () => {
    const markets = (await owner.get('/api/applicability/dimensions')).json().markets as { id: string; code: string }[];
    const de = markets.find((m) => m.code === 'DE')!;
    const v1 = await live('hate-speech', 'No slurs.', PAST, [{ marketId: de.id, effectiveDate: SOON }]);
    const id = await publicEntry('hate-speech', v1);
    const [listed] = (await t.anonymous.get('/api/public/changelog')).json().items as Entry[];
    expect(listed!.version.marketDates).toEqual([{ marketCode: 'DE', marketName: 'Germany', effectiveDate: SOON }]);
    expect((await detail(id)).version.marketDates).toEqual(listed!.version.marketDates);
    expect((await t.anonymous.get('/api/public/changelog.atom')).body).toContain(`Germany: ${SOON}`);
  });
});
