/**
 * How two versions' blocks are matched when they share no anchor and no identical wording: by the
 * words they share. Used to carry anchors on save and to align clauses in the redline, so both
 * agree on what "the same clause, reworded" means. The work is bounded: candidates come from an
 * index of words, and a budget of index visits stops the matching (the caller says so).
 */

/** The words of a text, lower-cased, one-letter words left out. */
export function wordSet(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 1),
  );
}

function score(shared: number, sizeA: number, sizeB: number): number {
  if (sizeA === 0 && sizeB === 0) return 1;
  const jaccard = shared / (sizeA + sizeB - shared);
  // A clause that was extended or trimmed keeps most of the shorter wording; but a short clause
  // whose words all occur in a paragraph three times its length is not that paragraph reworded.
  const smaller = Math.min(sizeA, sizeB);
  const larger = Math.max(sizeA, sizeB);
  const containment = smaller >= 4 && larger <= 2 * smaller ? shared / smaller : 0;
  return Math.max(jaccard, containment * 0.75);
}

/** Share of words two texts have in common, 0..1 (Jaccard, or containment for an extended clause). */
export function similarity(wa: Set<string>, wb: Set<string>): number {
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return score(shared, wa.size, wb.size);
}

/** The same for short headings, where one word more ("Exceptions and context") is still the same heading. */
export function titleSimilarity(a: string, b: string): number {
  const wa = wordSet(a);
  const wb = wordSet(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

/** At least this similar to count as the same block reworded. */
export const SIMILAR = 0.5;
/** Visits of the word index allowed for one matching (about 0.2 s); past it, matching stops. */
export const MATCH_BUDGET = 5_000_000;

export interface MatchCandidate {
  words: Set<string>;
  /** Blocks of different groups (kinds) never match. */
  group: string;
}

export interface SimilarMatch {
  /** Index in `next` -> index in `previous`. */
  pairs: Map<number, number>;
  /** Whether the budget ran out before every block was considered. */
  exhausted: boolean;
}

/**
 * Pairs each eligible next block with the most similar eligible previous block (at least SIMILAR,
 * best pairs first, each block used once); `bonus(prev, next)` nudges a pair (same section).
 */
export function matchSimilar(
  previous: (MatchCandidate | null)[],
  next: (MatchCandidate | null)[],
  bonus: (prev: number, next: number) => number,
  budget = MATCH_BUDGET,
): SimilarMatch {
  const postings = new Map<string, number[]>();
  previous.forEach((block, j) => {
    if (!block) return;
    for (const w of block.words) {
      const list = postings.get(w);
      if (list) list.push(j);
      else postings.set(w, [j]);
    }
  });
  const found: { i: number; j: number; score: number }[] = [];
  let visits = 0;
  let exhausted = false;
  const shared = new Map<number, number>();
  for (let i = 0; i < next.length && !exhausted; i++) {
    const block = next[i];
    if (!block) continue;
    shared.clear();
    for (const w of block.words) {
      const list = postings.get(w);
      if (!list) continue;
      visits += list.length;
      for (const j of list) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    if (visits > budget) exhausted = true;
    for (const [j, count] of shared) {
      const candidate = previous[j]!;
      if (candidate.group !== block.group) continue;
      const value = score(count, candidate.words.size, block.words.size) + bonus(j, i);
      if (value >= SIMILAR) found.push({ i, j, score: value });
    }
  }
  found.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const pairs = new Map<number, number>();
  const used = new Set<number>();
  for (const pair of found) {
    if (pairs.has(pair.i) || used.has(pair.j)) continue;
    pairs.set(pair.i, pair.j);
    used.add(pair.j);
  }
  return { pairs, exhausted };
}

/**
 * Whether a section continues an older one, from where its matched clauses came (votes for that
 * older section, out of `matched`, among `clauses` in all) and how alike the headings are. A
 * majority of the matched clauses must come from it and they must be at least a quarter of the
 * section, unless the headings say it is the same section.
 */
export function continuesSection(votes: number, matched: number, clauses: number, headings: number): boolean {
  if (headings >= SIMILAR) return votes * 2 >= matched || matched === 0;
  if (votes === 0 || votes * 2 < matched || votes * 4 < clauses) return false;
  return votes >= 2 || headings >= 0.3;
}
