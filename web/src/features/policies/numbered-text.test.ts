import type { OutlineEntry } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { entryFor, numberedSegments } from './numbered-text';

const BODY = '# Hate speech\n\n## Rationale\n\nWe protect people.\n\n---\n\n## Rules\n\n1. No slurs.\n2. No threats.\n';
const at = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const entry = (anchorId: string, number: string, text: string): OutlineEntry => ({
  anchorId,
  kind: number.includes('.') ? 'clause' : 'section',
  number,
  title: text,
  ...at(text),
});
const OUTLINE = [
  entry('s-AAAAAAAA', '1', '## Rationale'),
  entry('c-BBBBBBBB', '1.1', 'We protect people.'),
  entry('s-CCCCCCCC', '2', '## Rules'),
  entry('c-DDDDDDDD', '2.1', '1. No slurs.'),
  entry('c-EEEEEEEE', '2.2', '2. No threats.'),
];

describe('numberedSegments', () => {
  it('cuts the text where the server says each numbered block is, keeping what lies between', () => {
    const segments = numberedSegments(BODY, OUTLINE);
    expect(
      segments.map((s) => (s.kind === 'block' ? `${s.entry.number}: ${s.markdown}` : `gap: ${s.markdown.trim()}`)),
    ).toEqual([
      'gap: # Hate speech',
      '1: ## Rationale',
      '1.1: We protect people.',
      'gap: ---',
      '2: ## Rules',
      '2.1: 1. No slurs.',
      '2.2: 2. No threats.',
    ]);
  });

  it('leaves blocks without a known place in the text between, and never repeats text', () => {
    const unknown = OUTLINE.map((e) => (e.number === '1.1' ? { ...e, start: null, end: null } : e));
    const segments = numberedSegments(BODY, [...unknown, { ...OUTLINE[3]!, anchorId: 'c-overlaps' }]);
    expect(segments.filter((s) => s.kind === 'block').map((s) => s.kind === 'block' && s.entry.number)).toEqual([
      '1',
      '2',
      '2.1',
      '2.2',
    ]);
    expect(
      segments
        .map((s) => s.markdown)
        .join('')
        .replace(/\s+/g, ''),
    ).toBe(BODY.replace(/\s+/g, ''));
  });
});

describe('entryFor', () => {
  it('finds the block a link names by anchor, hash or number', () => {
    expect(entryFor(OUTLINE, 'c-DDDDDDDD')?.number).toBe('2.1');
    expect(entryFor(OUTLINE, '#c-EEEEEEEE')?.number).toBe('2.2');
    expect(entryFor(OUTLINE, '2.1')?.anchorId).toBe('c-DDDDDDDD');
    expect(entryFor(OUTLINE, '§2')?.anchorId).toBe('s-CCCCCCCC');
    expect(entryFor(OUTLINE, '9.9')).toBeUndefined();
  });
});
