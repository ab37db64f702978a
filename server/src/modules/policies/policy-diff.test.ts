import { describe, expect, it } from 'vitest';
import { clauseWordParts, diffTexts, wordChanges } from './policy-diff.js';

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

describe('wordChanges', () => {
  const render = (parts: { value: string; added: boolean; removed: boolean }[]) =>
    parts.map((p) => (p.added ? `{+${p.value}}` : p.removed ? `{-${p.value}}` : p.value)).join('');

  it('marks the words a rewording added and removed, and rebuilds the new text', () => {
    const before = 'A first comment removed under clause 3.4 brings a warning.';
    const after = 'A first comment removed under clause 3.4 or 3.7 brings a warning and an education prompt.';
    const parts = wordChanges(before, after);
    expect(render(parts)).toBe(
      'A first comment removed under clause 3.4 {+or 3.7 }brings a warning {+and an education prompt}.',
    );
    expect(
      parts
        .filter((p) => !p.removed)
        .map((p) => p.value)
        .join(''),
    ).toBe(after);
    expect(render(wordChanges('one two three', 'one four five three'))).toBe('one {-two}{+four five} three');
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

describe('clauseWordParts', () => {
  it('marks changed words of a clause in runs that each render alone: no run leaves emphasis half open', () => {
    const before = '**Remove violative content** from the platform when it breaks our rules.';
    const after = '**Remove harmful content** from [the app](https://x.example) when it breaks our rules.';
    const parts = clauseWordParts(before, after);
    expect(parts.filter((p) => p.added).map((p) => p.value)).toEqual(['**harmful**', '[the app](<https://x.example>)']);
    expect(parts.filter((p) => p.removed).map((p) => p.value)).toEqual(['**violative**', 'the platform']);
    for (const part of parts) expect((part.value.match(/\*\*/g) ?? []).length % 2).toBe(0);
  });

  it('shows a clause that shares too little as removed then added, whole', () => {
    const parts = clauseWordParts('Slurs are removed.', 'Accounts that post threats are banned at once.');
    expect(parts).toEqual([
      { value: 'Slurs are removed.', added: false, removed: true },
      { value: 'Accounts that post threats are banned at once.', added: true, removed: false },
    ]);
  });
});
