import { createHash } from 'node:crypto';
import { markdownDocument } from '../../markdown/blocks.js';
import { continuesSection, matchSimilar, titleSimilarity, wordSet } from './policy-block-matching.js';

/**
 * Stable anchors for sections and clauses. The numbered blocks come from the one Markdown parse
 * (`markdown/blocks.ts`: sections are the headings that structure the text, clauses the blocks under
 * them, numbered 3.1, 3.2, ...). Numbers follow the text of each version; anchor ids follow the
 * clause itself across versions, matched by identical then similar wording.
 */
export interface Block {
  kind: 'section' | 'clause';
  number: string;
  title: string;
  text: string;
}

export interface AnchoredBlock extends Block {
  anchorId: string;
}

/** Splits Markdown into numbered sections and clauses. Text before the first section is section 0. */
export function extractBlocks(markdown: string): Block[] {
  return markdownDocument(markdown).blocks.map(({ kind, number, title, text }) => ({ kind, number, title, text }));
}

/**
 * Which of a text's blocks each stored block is: the one at its position when the stored blocks are
 * the text's blocks (always, for anchors computed by the current reading), else the next one of the
 * same kind and wording (anchors computed by an older reading of the text); null when none is.
 */
export function storedBlockIndexes(stored: Block[], blocks: Block[]): (number | null)[] {
  const samePositions =
    stored.length === blocks.length && stored.every((s, i) => s.kind === blocks[i]!.kind && s.text === blocks[i]!.text);
  if (samePositions) return stored.map((_, i) => i);
  const byText = new Map<string, number[]>();
  blocks.forEach((b, i) => byText.set(`${b.kind}:${b.text}`, [...(byText.get(`${b.kind}:${b.text}`) ?? []), i]));
  return stored.map((s) => byText.get(`${s.kind}:${s.text}`)?.shift() ?? null);
}

/** Where each stored block is in the text it was read from (null when it is not found). */
export function blockSpans(stored: Block[], body: string): { start: number | null; end: number | null }[] {
  const blocks = markdownDocument(body).blocks;
  return storedBlockIndexes(stored, blocks).map((i) =>
    i === null ? { start: null, end: null } : { start: blocks[i]!.start, end: blocks[i]!.end },
  );
}

/** A short id that is the same whoever computes it for the same version, revision and position. */
export function newAnchorId(kind: Block['kind'], seed: string, position: number): string {
  return `${kind === 'section' ? 's' : 'c'}-${createHash('sha256').update(`${seed}:${position}`).digest('base64url').slice(0, 8)}`;
}

/** The text of the section each block is in (its own, for a section), lower-cased. */
function sectionTexts(blocks: Block[]): string[] {
  let current = '';
  return blocks.map((b) => {
    if (b.kind === 'section') current = b.text.toLowerCase();
    return current;
  });
}

/**
 * Gives each block of the new text the anchor of the block it continues in the previous text:
 * identical wording first (anywhere, so moved clauses keep their anchor), then the most similar
 * block of the same kind (at least half the words shared), preferring the same section; a section
 * continues the old one most of its clauses came from, or the one with the same heading. Blocks
 * with no counterpart get a new anchor derived from `seed`. `preset` holds anchors already decided
 * (by position in `next`), which are kept.
 */
export function carryAnchors(
  previous: AnchoredBlock[],
  next: Block[],
  seed: string,
  preset: (string | null)[] = [],
): AnchoredBlock[] {
  const taken = new Set<string>(preset.filter((id): id is string => id !== null));
  const result: (string | null)[] = next.map((_, i) => preset[i] ?? null);
  // Pass 1: identical text, same kind.
  const byText = new Map<string, AnchoredBlock[]>();
  for (const block of previous) {
    const key = `${block.kind}:${block.text}`;
    byText.set(key, [...(byText.get(key) ?? []), block]);
  }
  next.forEach((block, i) => {
    if (result[i]) return;
    const candidate = byText.get(`${block.kind}:${block.text}`)?.find((p) => !taken.has(p.anchorId));
    if (candidate) {
      taken.add(candidate.anchorId);
      result[i] = candidate.anchorId;
    }
  });
  // Pass 2: most similar remaining pairs, best first; same section scores a little higher.
  const previousSections = sectionTexts(previous);
  const nextSections = sectionTexts(next);
  const similar = matchSimilar(
    previous.map((p) => (taken.has(p.anchorId) ? null : { words: wordSet(p.text), group: p.kind })),
    next.map((b, i) => (result[i] ? null : { words: wordSet(b.text), group: b.kind })),
    (j, i) => (previousSections[j] === nextSections[i] ? 0.05 : 0),
  );
  for (const [i, j] of similar.pairs) {
    taken.add(previous[j]!.anchorId);
    result[i] = previous[j]!.anchorId;
  }
  // Pass 3: a renamed section continues the old section its clauses came from, or its namesake.
  const oldSectionOf = new Map<string, string>();
  let current = '';
  for (const p of previous) {
    if (p.kind === 'section') current = p.anchorId;
    else oldSectionOf.set(p.anchorId, current);
  }
  const oldSections = previous.filter((p) => p.kind === 'section');
  next.forEach((block, i) => {
    if (result[i] || block.kind !== 'section') return;
    const votes = new Map<string, number>();
    let matched = 0;
    let clauses = 0;
    for (let j = i + 1; j < next.length && next[j]!.kind === 'clause'; j++) {
      clauses += 1;
      const from = result[j] ? oldSectionOf.get(result[j]!) : undefined;
      if (!from) continue;
      matched += 1;
      votes.set(from, (votes.get(from) ?? 0) + 1);
    }
    const best = oldSections
      .filter((s) => !taken.has(s.anchorId))
      .map((s) => ({ s, votes: votes.get(s.anchorId) ?? 0, heading: titleSimilarity(s.title, block.title) }))
      .filter((c) => continuesSection(c.votes, matched, clauses, c.heading))
      .sort((a, b) => b.votes - a.votes || b.heading - a.heading)[0];
    if (best) {
      taken.add(best.s.anchorId);
      result[i] = best.s.anchorId;
    }
  });
  return next.map((block, i) => ({ ...block, anchorId: result[i] ?? uniqueAnchorId(block.kind, seed, i, taken) }));
}

/** A new anchor id, salted again in the unlikely case it equals one already in the text. */
function uniqueAnchorId(kind: Block['kind'], seed: string, position: number, taken: Set<string>): string {
  let id = newAnchorId(kind, seed, position);
  for (let salt = 1; taken.has(id); salt++) id = newAnchorId(kind, `${seed}/${salt}`, position);
  taken.add(id);
  return id;
}
