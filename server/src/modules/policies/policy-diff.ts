import { createHash } from 'node:crypto';
import { createTwoFilesPatch, diffLines, diffWords } from 'diff';

export interface WordDiff {
  parts: { value: string; added: boolean; removed: boolean }[];
  unified: string;
  stats: { addedWords: number; removedWords: number };
}

type Part = WordDiff['parts'][number];

const wordCount = (text: string) => (text.match(/\S+/g) ?? []).length;
/** Beyond these sizes a changed block is shown as removed-then-added rather than word by word. */
const MAX_BLOCK_WORDS = 3000;
const MAX_WORD_EDITS = 1000;

function pushPart(parts: Part[], part: Part): void {
  const last = parts.at(-1);
  if (last && last.added === part.added && last.removed === part.removed) last.value += part.value;
  else if (part.value) parts.push({ ...part });
}

/**
 * Word-level changes, computed inside the blocks of lines that changed. Diffing whole texts word
 * by word is quadratic in the worst case (two restructured 100-page captures took minutes);
 * lines first keeps it proportional to what changed, and an edit budget bounds each block.
 */
function wordParts(fromText: string, toText: string): Part[] {
  const parts: Part[] = [];
  const lines = diffLines(fromText, toText);
  for (let i = 0; i < lines.length; i++) {
    const change = lines[i]!;
    if (!change.added && !change.removed) {
      pushPart(parts, { value: change.value, added: false, removed: false });
      continue;
    }
    let removed = '';
    let added = '';
    for (; i < lines.length && (lines[i]!.added || lines[i]!.removed); i++) {
      if (lines[i]!.removed) removed += lines[i]!.value;
      else added += lines[i]!.value;
    }
    i -= 1;
    const small = wordCount(removed) <= MAX_BLOCK_WORDS && wordCount(added) <= MAX_BLOCK_WORDS;
    const words = removed && added && small ? diffWords(removed, added, { maxEditLength: MAX_WORD_EDITS }) : undefined;
    if (words) for (const w of words) pushPart(parts, { value: w.value, added: !!w.added, removed: !!w.removed });
    else {
      pushPart(parts, { value: removed, added: false, removed: true });
      pushPart(parts, { value: added, added: true, removed: false });
    }
  }
  return parts;
}

/**
 * Word-level changes between two short texts (a clause's wording in two versions), bounded like a
 * whole-text diff, so that clients show the server's diff instead of computing their own.
 */
export function wordChanges(fromText: string, toText: string): WordDiff['parts'] {
  return wordParts(fromText, toText);
}

const recent = new Map<string, WordDiff>();
const RECENT_LIMIT = 32;

/**
 * Word-level changes between two texts plus a unified diff of their lines. Published versions
 * never change, so the last few results are kept: a long restructured policy costs about a second.
 */
export function diffTexts(fromText: string, toText: string, fromName: string, toName: string): WordDiff {
  const key = createHash('sha256')
    .update(fromName)
    .update('\0')
    .update(toName)
    .update('\0')
    .update(fromText)
    .update('\0')
    .update(toText)
    .digest('base64');
  const cached = recent.get(key);
  if (cached) return cached;
  const diff = computeDiff(fromText, toText, fromName, toName);
  recent.set(key, diff);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return diff;
}

function computeDiff(fromText: string, toText: string, fromName: string, toName: string): WordDiff {
  const parts = wordParts(fromText, toText);
  return {
    parts,
    unified: createTwoFilesPatch(fromName, toName, fromText, toText, undefined, undefined, { context: 3 }),
    stats: {
      addedWords: parts.filter((p) => p.added).reduce((n, p) => n + wordCount(p.value), 0),
      removedWords: parts.filter((p) => p.removed).reduce((n, p) => n + wordCount(p.value), 0),
    },
  };
}

export const POLICY_TEMPLATE = [
  '## Rationale',
  '',
  '## Definitions',
  '',
  '## What is not allowed',
  '',
  '1. ',
  '',
  '## Exceptions',
  '',
  '## Enforcement actions',
  '',
  '## Examples',
  '',
].join('\n');
