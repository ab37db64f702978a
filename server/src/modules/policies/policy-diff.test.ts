import { describe, expect, it } from 'vitest';
import { compareLabels, diffTexts, nextMinorLabel } from './policy-diff.js';

describe('diffTexts', () => {
  it('finds word-level additions and removals and a unified diff', () => {
    const diff = diffTexts('Do not post slurs.\nBe kind.', 'Do not post slurs or coded slurs.\nBe kind.', '1.0', '1.1');
    expect(diff.parts.filter((p) => p.added).map((p) => p.value)).toEqual(['or coded slurs']);
    expect(diff.parts.map((p) => p.value).join('')).toBe('Do not post slurs or coded slurs.\nBe kind.');
    expect(diff.stats).toEqual({ addedWords: 3, removedWords: 0 });
    expect(diff.unified).toContain('-Do not post slurs.');
    expect(diff.unified).toContain('+Do not post slurs or coded slurs.');
  });

  it('reports no change for identical texts', () => {
    expect(diffTexts('same', 'same', 'a', 'b').stats).toEqual({ addedWords: 0, removedWords: 0 });
  });
});

describe('labels', () => {
  it('suggests the next minor version and orders labels numerically', () => {
    expect(nextMinorLabel(undefined)).toBe('1.0');
    expect(nextMinorLabel('1.9')).toBe('1.10');
    expect(['1.10', '1.9', '2.0', '1.2'].sort(compareLabels)).toEqual(['1.2', '1.9', '1.10', '2.0']);
  });
});

describe('diffTexts on large restructured texts', () => {
  it('keeps both texts intact when two long texts share little', () => {
    const words = (seed: number, n: number) => Array.from({ length: n }, (_, i) => `w${(i * seed) % 9973}`).join(' ');
    const from = Array.from({ length: 2000 }, (_, i) => `Line ${i}: ${words(i + 3, 12)}`).join('\n');
    const to = Array.from({ length: 2500 }, (_, i) => `Row ${i * 7}: ${words(i + 11, 12)}`).join('\n');
    const diff = diffTexts(from, to, 'a', 'b');
    expect(
      diff.parts
        .filter((p) => !p.added)
        .map((p) => p.value)
        .join(''),
    ).toBe(from);
    expect(
      diff.parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(to);
  });
});
