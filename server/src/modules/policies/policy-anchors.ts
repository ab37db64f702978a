import { truncateText } from '@policyops/contracts';
import { createHash } from 'node:crypto';
import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Stable anchors for sections and clauses. A section is a level-1/2 heading (except a leading
 * document title); its clauses are the paragraphs, top-level list items, tables, quotes and code
 * blocks under it, numbered 3.1, 3.2, ... Numbers follow the text of each version; anchor ids
 * follow the clause itself across versions, matched by identical then similar wording.
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

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
const plain = (text: string) => normalise(text.replace(/[*_`>#|]+/g, ' '));

function clauseTitle(text: string): string {
  const flat = plain(text);
  return truncateText(flat, 90, '…');
}

/** Splits Markdown into numbered sections and clauses. Text before the first section is section 0. */
export function extractBlocks(markdown: string): Block[] {
  const tokens = new Lexer().lex(markdown);
  const blocks: Block[] = [];
  let section = 0;
  let clause = 0;
  let sawContent = false;
  const addClause = (raw: string) => {
    if (!normalise(raw)) return;
    clause += 1;
    blocks.push({ kind: 'clause', number: `${section}.${clause}`, title: clauseTitle(raw), text: normalise(raw) });
  };
  for (const token of tokens as Token[]) {
    if (token.type === 'space' || token.type === 'hr' || token.type === 'html') continue;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const isTitle = heading.depth === 1 && !sawContent && section === 0;
      sawContent = true;
      if (isTitle) continue;
      if (heading.depth <= 2) {
        section += 1;
        clause = 0;
        blocks.push({
          kind: 'section',
          number: String(section),
          title: plain(heading.text),
          text: normalise(heading.text),
        });
      }
      continue;
    }
    sawContent = true;
    if (token.type === 'list') for (const item of (token as Tokens.List).items) addClause(item.text);
    else addClause(token.raw);
  }
  return blocks;
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );

function similarity(wa: Set<string>, wb: Set<string>): number {
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  const jaccard = shared / (wa.size + wb.size - shared);
  // A clause that was extended or trimmed keeps most of the shorter wording.
  const smaller = Math.min(wa.size, wb.size);
  const containment = smaller >= 4 ? shared / smaller : 0;
  return Math.max(jaccard, containment * 0.75);
}

const SIMILAR = 0.5;

/** A short id that is the same whoever computes it for the same version, revision and position. */
export function newAnchorId(kind: Block['kind'], seed: string, position: number): string {
  return `${kind === 'section' ? 's' : 'c'}-${createHash('sha256').update(`${seed}:${position}`).digest('base64url').slice(0, 8)}`;
}

/**
 * Gives each block of the new text the anchor of the block it continues in the previous text:
 * identical wording first (anywhere, so moved clauses keep their anchor), then the most similar
 * block of the same kind (at least half the words shared), preferring the same section. Blocks
 * with no counterpart get a new anchor derived from `seed`.
 */
export function carryAnchors(previous: AnchoredBlock[], next: Block[], seed: string): AnchoredBlock[] {
  const taken = new Set<string>();
  const result: (AnchoredBlock | null)[] = next.map(() => null);
  const sectionOf = (blocks: Block[], index: number) => {
    for (let i = index; i >= 0; i--) if (blocks[i]!.kind === 'section') return blocks[i]!.text.toLowerCase();
    return '';
  };
  // Pass 1: identical text, same kind.
  const byText = new Map<string, AnchoredBlock[]>();
  for (const block of previous)
    byText.set(`${block.kind}:${block.text}`, [...(byText.get(`${block.kind}:${block.text}`) ?? []), block]);
  next.forEach((block, i) => {
    const candidate = byText.get(`${block.kind}:${block.text}`)?.find((p) => !taken.has(p.anchorId));
    if (candidate) {
      taken.add(candidate.anchorId);
      result[i] = { ...block, anchorId: candidate.anchorId };
    }
  });
  // Pass 2: most similar remaining pairs, best first; same section scores a little higher.
  const pairs: { i: number; anchorId: string; score: number }[] = [];
  const previousWords = previous.map((p) => (taken.has(p.anchorId) ? null : words(p.text)));
  next.forEach((block, i) => {
    if (result[i]) return;
    const blockWords = words(block.text);
    previous.forEach((p, j) => {
      if (!previousWords[j] || p.kind !== block.kind) return;
      const score =
        similarity(previousWords[j], blockWords) + (sectionOf(previous, j) === sectionOf(next, i) ? 0.05 : 0);
      if (score >= SIMILAR) pairs.push({ i, anchorId: p.anchorId, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score);
  for (const pair of pairs) {
    if (result[pair.i] || taken.has(pair.anchorId)) continue;
    taken.add(pair.anchorId);
    result[pair.i] = { ...next[pair.i]!, anchorId: pair.anchorId };
  }
  // Pass 3: a renamed section continues the old section most of its clauses came from.
  const oldSectionOf = new Map<string, string>();
  let current = '';
  for (const p of previous) {
    if (p.kind === 'section') current = p.anchorId;
    else oldSectionOf.set(p.anchorId, current);
  }
  next.forEach((block, i) => {
    if (result[i] || block.kind !== 'section') return;
    const votes = new Map<string, number>();
    let matched = 0;
    for (let j = i + 1; j < next.length && next[j]!.kind === 'clause'; j++) {
      const from = result[j] ? oldSectionOf.get(result[j]!.anchorId) : undefined;
      if (!from) continue;
      matched += 1;
      votes.set(from, (votes.get(from) ?? 0) + 1);
    }
    const [best] = [...votes].filter(([id]) => id && !taken.has(id)).sort((a, b) => b[1] - a[1]);
    if (best && best[1] * 2 >= matched) {
      taken.add(best[0]);
      result[i] = { ...block, anchorId: best[0] };
    }
  });
  return next.map((block, i) => result[i] ?? { ...block, anchorId: newAnchorId(block.kind, seed, i) });
}
