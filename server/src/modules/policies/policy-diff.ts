import { createTwoFilesPatch, diffWords } from 'diff';

export interface WordDiff {
  parts: { value: string; added: boolean; removed: boolean }[];
  unified: string;
  stats: { addedWords: number; removedWords: number };
}

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;

/** Word-level changes between two texts plus a unified diff of their lines. */
export function diffTexts(fromText: string, toText: string, fromName: string, toName: string): WordDiff {
  const parts = diffWords(fromText, toText).map((p) => ({ value: p.value, added: !!p.added, removed: !!p.removed }));
  return {
    parts,
    unified: createTwoFilesPatch(fromName, toName, fromText, toText, undefined, undefined, { context: 3 }),
    stats: {
      addedWords: parts.filter((p) => p.added).reduce((n, p) => n + wordCount(p.value), 0),
      removedWords: parts.filter((p) => p.removed).reduce((n, p) => n + wordCount(p.value), 0),
    },
  };
}

/** The next minor label after the given one: 1.2 -> 1.3; none -> 1.0. */
export function nextMinorLabel(label: string | undefined): string {
  if (!label) return '1.0';
  const [major, minor] = label.split('.').map(Number);
  return `${major}.${(minor ?? 0) + 1}`;
}

/** Orders labels numerically (1.10 after 1.9). */
export function compareLabels(a: string, b: string): number {
  const [am, an] = a.split('.').map(Number);
  const [bm, bn] = b.split('.').map(Number);
  return am! - bm! || an! - bn!;
}

export const POLICY_TEMPLATE = ['## Rationale', '', '## Definitions', '', '## What is not allowed', '', '1. ', '', '## Exceptions', '', '## Enforcement actions', '', '## Examples', ''].join('\n');
