import type { WordChange } from '@policyops/contracts';
import { createHash } from 'node:crypto';
import { createTwoFilesPatch, diffArrays, diffLines, diffWords } from 'diff';
import type { Token } from 'marked';
import { blockInline } from '../../markdown/blocks.js';
import { atomsToMarkdown, inlineAtoms, type InlineAtom } from '../../markdown/inline-atoms.js';

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

/** Below this share of words kept, a rewording reads better as the old text struck and the new inserted. */
const MIN_KEPT_SHARE = 0.3;

const isWord = (a: InlineAtom) => !a.space && /[\p{L}\p{N}]/u.test(a.text);

/**
 * The word changes between two versions of one clause's inline Markdown, each run written as
 * Markdown that opens and closes its own formatting (so a changed word keeps its bold or link, and
 * no `**` is left dangling). Null when the two share too few words to read as a rewording, or when a
 * side exceeds the block size or the edit budget (bounded like every diff here): the caller then shows
 * the clause removed-then-added.
 */
export function markdownWordChanges(from: Token[], to: Token[]): WordChange[] | null {
  const a = inlineAtoms(from);
  const b = inlineAtoms(to);
  const wordsA = a.filter(isWord).length;
  const wordsB = b.filter(isWord).length;
  if (wordsA > MAX_BLOCK_WORDS || wordsB > MAX_BLOCK_WORDS) return null;
  const changes = diffArrays(
    a.map((x) => x.key),
    b.map((x) => x.key),
    { maxEditLength: MAX_WORD_EDITS },
  );
  if (!changes) return null;
  const runs: { op: WordChange['op']; atoms: InlineAtom[] }[] = [];
  let ia = 0;
  let ib = 0;
  for (const change of changes) {
    const count = change.value.length;
    const op = change.added ? 'insert' : change.removed ? 'delete' : 'equal';
    const atoms = op === 'delete' ? a.slice(ia, ia + count) : b.slice(ib, ib + count);
    if (op !== 'insert') ia += count;
    if (op !== 'delete') ib += count;
    runs.push({ op, atoms });
  }
  const kept = runs.filter((r) => r.op === 'equal').reduce((n, r) => n + r.atoms.filter(isWord).length, 0);
  if (kept < MIN_KEPT_SHARE * Math.max(wordsA, wordsB)) return null;
  return mergeRuns(absorbSpaces(runs)).map((r) => ({ op: r.op, text: atomsToMarkdown(r.atoms) }));
}

type Run = { op: WordChange['op']; atoms: InlineAtom[] };

/**
 * A run of only spaces or punctuation kept between two changes is folded into them ("a b" -> "c d"
 * reads as one replacement, not four fragments around a kept space).
 */
function absorbSpaces(runs: Run[]): Run[] {
  const out: Run[] = [];
  runs.forEach((run, i) => {
    const between = i > 0 && i < runs.length - 1 && runs[i - 1]!.op !== 'equal' && runs[i + 1]!.op !== 'equal';
    if (run.op === 'equal' && between && !run.atoms.some(isWord)) {
      out.push({ op: 'delete', atoms: run.atoms }, { op: 'insert', atoms: run.atoms });
    } else out.push(run);
  });
  return out;
}

/** Adjacent runs merged so that each replacement is all its deleted words, then all its inserted ones. */
function mergeRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let deleted: InlineAtom[] = [];
  let inserted: InlineAtom[] = [];
  const keep = (atoms: InlineAtom[]) => {
    const last = out.at(-1);
    if (last?.op === 'equal') last.atoms = last.atoms.concat(atoms);
    else if (atoms.length) out.push({ op: 'equal', atoms });
  };
  const flush = () => {
    // A space both sides end (or start) with is kept, not deleted and inserted again.
    let lead = 0;
    while (lead < deleted.length && lead < inserted.length && deleted[lead]!.space && inserted[lead]!.space) lead += 1;
    let tail = 0;
    const room = Math.min(deleted.length, inserted.length) - lead;
    while (tail < room && deleted.at(-1 - tail)!.space && inserted.at(-1 - tail)!.space) tail += 1;
    keep(inserted.slice(0, lead));
    if (deleted.length > lead + tail) out.push({ op: 'delete', atoms: deleted.slice(lead, deleted.length - tail) });
    if (inserted.length > lead + tail) out.push({ op: 'insert', atoms: inserted.slice(lead, inserted.length - tail) });
    keep(inserted.slice(inserted.length - tail));
    deleted = [];
    inserted = [];
  };
  for (const run of runs) {
    if (run.op === 'delete') deleted = deleted.concat(run.atoms);
    else if (run.op === 'insert') inserted = inserted.concat(run.atoms);
    else {
      flush();
      keep(run.atoms);
    }
  }
  flush();
  return out.filter((r) => r.atoms.length > 0);
}

/**
 * The word changes between two wordings of one clause (as stored with its anchor: its Markdown on
 * one line), in runs that each render alone: what clause histories show. A wording that shares too
 * little, or passes the bounds, is one removed run and one added run.
 */
export function clauseWordParts(fromText: string, toText: string): WordDiff['parts'] {
  const from = blockInline(fromText);
  const to = blockInline(toText);
  const changes = from && to ? markdownWordChanges(from, to) : null;
  if (!changes)
    return [
      { value: fromText, added: false, removed: true },
      { value: toText, added: true, removed: false },
    ].filter((p) => p.value);
  return changes.map((c) => ({ value: c.text, added: c.op === 'insert', removed: c.op === 'delete' }));
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
