import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { carryAnchors, extractBlocks } from './policy-anchors.js';

const V1 = `# Hate speech

## Rationale

We protect people from attacks on who they are.

## What is not allowed

1. Slurs aimed at a protected group.
2. Dehumanising comparisons, such as comparing a group to animals or disease.
3. Calls for exclusion of a protected group.

## Exceptions

Counter-speech and news reporting.`;

describe('policy anchors', () => {
  it('numbers sections and their clauses, skipping the document title', () => {
    const blocks = extractBlocks(V1);
    expect(blocks.map((b) => `${b.kind} ${b.number} ${b.title}`)).toEqual([
      'section 1 Rationale',
      'clause 1.1 We protect people from attacks on who they are.',
      'section 2 What is not allowed',
      'clause 2.1 Slurs aimed at a protected group.',
      'clause 2.2 Dehumanising comparisons, such as comparing a group to animals or disease.',
      'clause 2.3 Calls for exclusion of a protected group.',
      'section 3 Exceptions',
      'clause 3.1 Counter-speech and news reporting.',
    ]);
  });

  it('keeps anchors through rewording, insertion, moves and renumbering; new clauses get new anchors', () => {
    const first = carryAnchors([], extractBlocks(V1), 'v1');
    const anchor = (blocks: typeof first, start: string) => blocks.find((b) => b.title.startsWith(start))!;
    const v2 = V1.replace(
      '1. Slurs aimed at a protected group.\n',
      '1. Threats of violence against a protected group.\n1. Slurs aimed at a protected group, including coded slurs.\n',
    )
      .replace('## Exceptions', '## Exceptions and context')
      .replace('3. Calls for exclusion of a protected group.', '')
      .replace(
        'Counter-speech and news reporting.',
        'Counter-speech and news reporting.\n\nCalls for exclusion of a protected group.',
      );
    const second = carryAnchors(first, extractBlocks(v2), 'v2');
    expect(anchor(second, 'Slurs').anchorId).toBe(anchor(first, 'Slurs').anchorId);
    expect(anchor(second, 'Slurs').number).toBe('2.2');
    expect(anchor(second, 'Dehumanising').number).toBe('2.3');
    expect(anchor(second, 'Dehumanising').anchorId).toBe(anchor(first, 'Dehumanising').anchorId);
    expect(anchor(second, 'Calls for exclusion').anchorId).toBe(anchor(first, 'Calls for exclusion').anchorId);
    expect(anchor(second, 'Calls for exclusion').number).toBe('3.2');
    expect(anchor(second, 'Exceptions and context').anchorId).toBe(anchor(first, 'Exceptions').anchorId);
    const threats = anchor(second, 'Threats');
    expect(first.map((b) => b.anchorId)).not.toContain(threats.anchorId);
    expect(new Set(second.map((b) => b.anchorId)).size).toBe(second.length);
  });

  it('computes the same anchors for the same seed', () => {
    expect(carryAnchors([], extractBlocks(V1), 'x')).toEqual(carryAnchors([], extractBlocks(V1), 'x'));
  });
});

const GUIDELINES = fileURLToPath(new URL('../../../../../shared/data/community-guidelines-versions/', import.meta.url));
const capture = (date: string) => readFileSync(`${GUIDELINES}${date}.md`, 'utf8');

describe('sections of documents that are not written with ## headings', () => {
  it('gives a setext document and its ATX twin the same numbered outline', () => {
    const setext = V1.replace('# Hate speech', 'Hate speech\n===========')
      .replace('## Rationale', 'Rationale\n---------')
      .replace('## What is not allowed', 'What is not allowed\n-------------------')
      .replace('## Exceptions', 'Exceptions\n----------');
    expect(setext).not.toContain('#');
    expect(extractBlocks(setext)).toEqual(extractBlocks(V1));
  });

  it('takes the sections from the level that structures the text, and numbers subheadings as clauses', () => {
    const md =
      'Overview paragraph.\n\n# Guidelines\n\n### Balance\n\nText.\n\n#### Detail\n\nMore.\n\n### Dignity\n\nOther.\n';
    expect(extractBlocks(md).map((b) => `${b.kind} ${b.number} ${b.title}`)).toEqual([
      'clause 0.1 Overview paragraph.',
      'section 1 Balance',
      'clause 1.1 Text.',
      'clause 1.2 Detail',
      'clause 1.3 More.',
      'section 2 Dignity',
      'clause 2.1 Other.',
    ]);
  });

  it('splits the real 2023-10-19 capture into its forty topic sections, not one section of four hundred clauses', () => {
    const sections = extractBlocks(capture('2023-10-19')).filter((b) => b.kind === 'section');
    expect(sections.length).toBeGreaterThanOrEqual(40);
    expect(sections.map((s) => s.title)).toContain('Hate Speech and Hateful Behaviors');
    const older = extractBlocks(capture('2023-03-21'));
    expect(older.filter((b) => b.kind === 'section').map((s) => s.title)).toContain('Hateful behavior');
    // Subheadings are clauses of their section, so their words are part of the text that is compared.
    expect(
      older.some((b) => b.kind === 'clause' && b.title === 'Attacks and slurs on the basis of protected attributes'),
    ).toBe(true);
  });

  it('carries most clause anchors of the real 2023-03-21 capture into the 2023-10-19 rewrite by wording', () => {
    const first = carryAnchors([], extractBlocks(capture('2023-03-21')), 'a');
    const second = carryAnchors(first, extractBlocks(capture('2023-10-19')), 'b');
    const kept = new Set(first.map((b) => b.anchorId));
    const carried = second.filter((b) => kept.has(b.anchorId));
    const identical = second.filter((b) => first.some((f) => f.text === b.text && f.kind === b.kind));
    expect(carried.length).toBeGreaterThanOrEqual(identical.length);
    expect(new Set(second.map((b) => b.anchorId)).size).toBe(second.length);
  });
});
