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
