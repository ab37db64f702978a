import { HTML_REDLINE_MARKS, redlineMarkdown, redlineSummaryText, type RedlineSection } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { carryAnchors, extractBlocks } from './policy-anchors.js';
import { computeRedline, REDLINE_LIMITS } from './policy-redline.js';

const V1 = `# Hate speech

## Rationale

We protect people from attacks on who they are.

## What is not allowed

1. Slurs aimed at a protected group.
2. Dehumanising comparisons, such as comparing a group to animals or disease.
3. Calls for exclusion of a protected group.

## Exceptions

Counter-speech and news reporting.

## Enforcement

Removal of the content and a strike on the account.
`;

const V2 = `# Hate speech

## Rationale

We protect people from attacks on who they are.

## Definitions

**Protected group**: people who share a protected attribute.

## What is not allowed

1. Threats of violence against a protected group.
2. Slurs aimed at a protected group, including **coded** slurs.
3. Dehumanising comparisons, such as comparing a group to animals or disease.

## Exceptions

Counter-speech and news reporting.

Calls for exclusion of a protected group.
`;

/** Both versions as saved: anchors carried from the first to the second, as on every save. */
function saved(first: string, second: string) {
  const a = carryAnchors([], extractBlocks(first), 'v1');
  const b = carryAnchors(a, extractBlocks(second), 'v2');
  return { from: { body: first, anchors: a }, to: { body: second, anchors: b } };
}

const titleOf = (s: RedlineSection) => s.to?.title ?? s.from?.title;

describe('computeRedline', () => {
  const { from, to } = saved(V1, V2);
  const redline = computeRedline(from, to);

  it('aligns sections first: added, removed and renumbered sections in the order of the newer text', () => {
    expect(
      redline.sections.map((s) => `${s.status} ${s.from?.number ?? '-'}→${s.to?.number ?? '-'} ${titleOf(s)}`),
    ).toEqual([
      'unchanged 1→1 Rationale',
      'added -→2 Definitions',
      'changed 2→3 What is not allowed',
      'changed 3→4 Exceptions',
      'removed 4→- Enforcement',
    ]);
    expect(redline.sections[2]!.renumbered).toBe(true);
  });

  it('matches clauses by anchor across renumbering and moves, then compares words inside each', () => {
    const rules = redline.sections[2]!;
    expect(
      rules.clauses.map(
        (c) => `${c.status}${c.reworded ? '+reworded' : ''} ${c.from?.number ?? '-'}→${c.to?.number ?? '-'}`,
      ),
    ).toEqual(['added -→3.1', 'renumbered+reworded 2.1→3.2', 'renumbered 2.2→3.3']);
    expect(rules.movedOut).toEqual([{ from: '2.3', to: '4.2' }]);
    const slurs = rules.clauses[1]!;
    expect(slurs.comparison).toBe('words');
    expect(redlineMarkdown(slurs, HTML_REDLINE_MARKS)).toBe(
      '2. Slurs aimed at a protected group<ins>, including **coded** slurs</ins>.',
    );
    const moved = redline.sections[3]!.clauses.find((c) => c.status === 'moved')!;
    expect(moved).toMatchObject({ movedFrom: '2', from: { number: '2.3' }, to: { number: '4.2' }, reworded: false });
  });

  it('counts what changed for the summary line', () => {
    expect(redline.summary).toEqual({
      reworded: 1,
      added: 2,
      removed: 1,
      moved: 1,
      renumbered: 3,
      unchanged: 1,
      sections: { unchanged: 1, changed: 2, added: 1, removed: 1 },
    });
    expect(redlineSummaryText(redline.summary)).toBe('1 clause reworded, 2 added, 1 removed, 1 moved, 3 renumbered');
    expect(redline.coarse).toBe(false);
  });

  it('gives a setext document and its ATX twin the same alignment', () => {
    const setext = (md: string) =>
      md
        .replace(/^# (.+)$/m, (_, t: string) => `${t}\n${'='.repeat(t.length)}`)
        .replace(/^## (.+)$/gm, (_, t: string) => `${t}\n${'-'.repeat(t.length)}`);
    const twin = saved(setext(V1), setext(V2));
    expect(twin.from.body).not.toContain('#');
    const shape = (sections: RedlineSection[]) =>
      sections.map((s) => ({
        status: s.status,
        numbers: [s.from?.number, s.to?.number],
        title: titleOf(s),
        clauses: s.clauses.map((c) => [c.status, c.from?.number, c.to?.number, c.wordChanges]),
      }));
    expect(shape(computeRedline(twin.from, twin.to).sections)).toEqual(shape(redline.sections));
  });

  it('keeps the formatting of changed words and never leaves Markdown half open', () => {
    const a = saved(
      '## A\n\n**Remove violative content** from the platform when it breaks our rules.\n',
      '## A\n\n**Remove harmful content** from [the app](https://x.example) when it breaks our rules.\n',
    );
    const clause = computeRedline(a.from, a.to).sections[0]!.clauses[0]!;
    expect(redlineMarkdown(clause, HTML_REDLINE_MARKS)).toBe(
      '**Remove** <del>**violative**</del><ins>**harmful**</ins> **content** from <del>the platform</del><ins>[the app](<https://x.example>)</ins> when it breaks our rules.',
    );
  });

  it('shows tables and code whole, and unchanged texts as unchanged', () => {
    const table = (strikes: number) => `## A\n\n| Action | Strikes |\n|---|---|\n| Removal | ${strikes} |\n`;
    const a = saved(table(1), table(2));
    const clause = computeRedline(a.from, a.to).sections[0]!.clauses[0]!;
    expect(clause).toMatchObject({ status: 'reworded', comparison: 'whole', wordChanges: null });
    const same = computeRedline(from, from);
    expect(same.sections.every((s) => s.status === 'unchanged')).toBe(true);
    expect(redlineSummaryText(same.summary)).toBe('No clause changed');
  });
});

describe('computeRedline bounds', () => {
  const many = (n: number, word: string) =>
    `## Rules\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. ${word} rule ${i} about item ${i * 7} and case ${i % 13}.`).join('\n')}\n`;

  it('falls back to matching by anchor and identical wording, and says so, when a side has too many clauses', () => {
    const a = saved(many(60, 'Old'), many(60, 'New'));
    const result = computeRedline(a.from, a.to, { ...REDLINE_LIMITS, maxBlocks: 50 });
    expect(result.coarse).toBe(true);
    expect(result.coarseReason).toMatch(/more than 50\): clauses were matched by anchor and identical wording only/);
    expect(result.summary.added + result.summary.reworded).toBeGreaterThan(0);
  });

  it('stops comparing words at its budget and shows the rest whole', () => {
    const a = saved(many(40, 'Old'), many(40, 'New'));
    const result = computeRedline(a.from, a.to, { ...REDLINE_LIMITS, wordBudget: 500 });
    const clauses = result.sections.flatMap((s) => s.clauses).filter((c) => c.reworded);
    expect(clauses.some((c) => c.comparison === 'words')).toBe(true);
    expect(clauses.some((c) => c.comparison === 'whole')).toBe(true);
    expect(result.coarse).toBe(true);
    expect(result.coarseReason).toMatch(/More than 500 characters of reworded clauses/);
  });
});
