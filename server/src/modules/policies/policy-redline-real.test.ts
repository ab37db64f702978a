import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carryAnchors, extractBlocks } from './policy-anchors.js';
import { computeRedline } from './policy-redline.js';

const GUIDELINES = fileURLToPath(new URL('../../../../../shared/data/community-guidelines-versions/', import.meta.url));
const capture = (date: string) => readFileSync(`${GUIDELINES}${date}.md`, 'utf8');

describe('the redline of the real 2023-03-21 → 2023-10-19 Community Guidelines rewrite', () => {
  const older = capture('2023-03-21');
  const newer = capture('2023-10-19');
  const olderAnchors = carryAnchors([], extractBlocks(older), 'older');
  const newerAnchors = carryAnchors(olderAnchors, extractBlocks(newer), 'newer');
  const redline = computeRedline({ body: older, anchors: olderAnchors }, { body: newer, anchors: newerAnchors });
  const title = (s: (typeof redline.sections)[number]) => s.to?.title ?? s.from?.title ?? '';

  it('reads as a comparison of sections: each older and newer section once, in order, old ones where they stood', () => {
    const newerSections = extractBlocks(newer).filter((b) => b.kind === 'section');
    const olderSections = extractBlocks(older).filter((b) => b.kind === 'section');
    expect(redline.sections.filter((s) => s.to && s.to.number !== '0').map((s) => s.to!.title)).toEqual(
      newerSections.map((s) => s.title),
    );
    const shownOlder = redline.sections.filter((s) => s.from && s.from.number !== '0').map((s) => s.from!.title);
    expect([...shownOlder].sort()).toEqual(olderSections.map((s) => s.title).sort());
    expect(redline.coarse).toBe(false);
  });

  it('pairs the sections that continue one another, although they were renamed, renumbered and moved', () => {
    const pairs = redline.sections.filter((s) => s.from && s.to).map((s) => `${s.from!.title} → ${s.to!.title}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Hateful behavior → Hate Speech and Hateful Behaviors',
        'Bullying and harassment → Harassment and Bullying',
        'Platform security → Platform Security',
      ]),
    );
    const hate = redline.sections.find((s) => title(s) === 'Hate Speech and Hateful Behaviors')!;
    expect(hate).toMatchObject({ status: 'changed', renumbered: true, renamed: true });
    expect(hate.clauses.filter((c) => c.from && c.to).length).toBeGreaterThan(5);
  });

  it('compares words only inside aligned clauses that kept much of their wording; rewrites are shown whole', () => {
    const compared = redline.sections.flatMap((s) => s.clauses).filter((c) => c.comparison === 'words');
    expect(compared.length).toBeGreaterThan(20);
    for (const clause of compared) {
      const kept = clause.wordChanges!.filter((w) => w.op === 'equal').map((w) => w.text.split(/\s+/).length);
      expect(kept.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    const moved = redline.sections.flatMap((s) => s.clauses).filter((c) => c.status === 'moved' && c.movedFrom);
    expect(moved.length).toBeGreaterThan(10);
    expect(redline.summary.added).toBeGreaterThan(redline.summary.removed);
  });
});

describe('the redline of two very large versions', () => {
  const huge = (word: string) =>
    Array.from({ length: 9000 }, (_, i) => `${i + 1}. ${word} ${i} of ${i % 97}.`)
      .join('\n')
      .slice(0, 200_000);

  it('stays bounded: past 5,000 clauses it matches by anchor and identical wording only, and says so', () => {
    const from = huge('alpha');
    const to = huge('beta');
    const result = computeRedline({ body: from, anchors: [] }, { body: to, anchors: [] });
    expect(result.coarse).toBe(true);
    expect(result.coarseReason).toMatch(/matched by anchor and identical wording only/);
    // Linear in the input: nothing is compared pair by pair past the bound.
    expect(JSON.stringify(result).length).toBeLessThan(12 * (from.length + to.length));
  });
});
