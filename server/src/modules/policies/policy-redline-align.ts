import { markdownDocument, type DocumentTitle, type SourceBlock } from '../../markdown/blocks.js';
import { storedBlockIndexes, type AnchoredBlock } from './policy-anchors.js';
import { continuesSection, matchSimilar, titleSimilarity, wordSet } from './policy-block-matching.js';

/**
 * The alignment step of the redline: both versions read as sections of clauses, their stored
 * anchors attached, then clauses paired (anchor, identical wording, similar wording) and sections
 * paired (anchor, where their clauses came from, heading). Pure; the bounds are the caller's.
 */

export interface RedlineClauseUnit {
  block: SourceBlock;
  anchorId: string | null;
  /** Index of its section on the same side. */
  section: number;
}

export interface RedlineSectionUnit {
  /** Null for section 0 (the text before the first heading); its heading is the document title. */
  block: SourceBlock | null;
  title: DocumentTitle | null;
  anchorId: string | null;
  number: string;
  clauses: number[];
}

export interface RedlineDocument {
  sections: RedlineSectionUnit[];
  clauses: RedlineClauseUnit[];
}

export interface RedlineVersionText {
  body: string;
  /** The anchors stored for this version (computed when it was saved). */
  anchors: AnchoredBlock[];
}

/**
 * Reads a version as sections and clauses and attaches its stored anchors: by position when the
 * stored blocks are these blocks (the usual case), else by kind and wording in order (anchors
 * computed by an older reading of the text), leaving the rest without one.
 */
export function redlineDocument(version: RedlineVersionText): RedlineDocument {
  const { title, blocks } = markdownDocument(version.body);
  const anchors: (string | null)[] = blocks.map(() => null);
  storedBlockIndexes(version.anchors, blocks).forEach((i, s) => {
    if (i !== null) anchors[i] = version.anchors[s]!.anchorId;
  });
  const sections: RedlineSectionUnit[] = [{ block: null, title, anchorId: null, number: '0', clauses: [] }];
  const clauses: RedlineClauseUnit[] = [];
  blocks.forEach((block, i) => {
    if (block.kind === 'section') {
      sections.push({ block, title: null, anchorId: anchors[i]!, number: block.number, clauses: [] });
      return;
    }
    sections.at(-1)!.clauses.push(clauses.length);
    clauses.push({ block, anchorId: anchors[i]!, section: sections.length - 1 });
  });
  return { sections, clauses };
}

export interface Alignment {
  /** Clause index in `to` -> clause index in `from`. */
  clauses: Map<number, number>;
  /** Section index in `to` -> section index in `from`. */
  sections: Map<number, number>;
  /** Whether matching by similar wording stopped at its budget. */
  similarityExhausted: boolean;
}

function pairByKey<T>(from: T[], to: T[], key: (x: T) => string | null, pairs: Map<number, number>): void {
  const used = new Set(pairs.values());
  const index = new Map<string, number[]>();
  from.forEach((x, j) => {
    const k = key(x);
    if (k !== null && !used.has(j)) index.set(k, [...(index.get(k) ?? []), j]);
  });
  to.forEach((x, i) => {
    if (pairs.has(i)) return;
    const k = key(x);
    const j = k === null ? undefined : index.get(k)?.shift();
    if (j !== undefined) pairs.set(i, j);
  });
}

function sectionTitle(section: RedlineSectionUnit): string {
  return section.block?.title ?? '';
}

/** Sections of `to` paired with those of `from`: anchor, then clause votes and headings. */
function alignSections(from: RedlineDocument, to: RedlineDocument, clausePairs: Map<number, number>) {
  const pairs = new Map<number, number>([[0, 0]]);
  pairByKey(from.sections, to.sections, (s) => s.anchorId, pairs);
  const used = () => new Set(pairs.values());
  to.sections.forEach((section, i) => {
    if (pairs.has(i)) return;
    const votes = new Map<number, number>();
    let matched = 0;
    for (const c of section.clauses) {
      const j = clausePairs.get(c);
      if (j === undefined) continue;
      matched += 1;
      const fromSection = from.clauses[j]!.section;
      votes.set(fromSection, (votes.get(fromSection) ?? 0) + 1);
    }
    const taken = used();
    const best = from.sections
      .map((s, j) => ({
        j,
        votes: votes.get(j) ?? 0,
        heading: titleSimilarity(sectionTitle(s), sectionTitle(section)),
      }))
      .filter((c) => c.j !== 0 && !taken.has(c.j))
      .filter((c) => continuesSection(c.votes, matched, section.clauses.length, c.heading))
      .sort((a, b) => b.votes - a.votes || b.heading - a.heading)[0];
    if (best) pairs.set(i, best.j);
  });
  return pairs;
}

/**
 * Pairs the clauses and sections of two versions. With `similar` false (a bound was reached)
 * clauses are paired by anchor and identical wording only.
 */
export function alignDocuments(from: RedlineDocument, to: RedlineDocument, similar: boolean): Alignment {
  const clauses = new Map<number, number>();
  pairByKey(from.clauses, to.clauses, (c) => c.anchorId, clauses);
  pairByKey(from.clauses, to.clauses, (c) => c.block.text, clauses);
  let sections = alignSections(from, to, clauses);
  let similarityExhausted = false;
  if (similar) {
    const used = new Set(clauses.values());
    const sectionPairOf = new Map([...sections].map(([i, j]) => [j, i]));
    const found = matchSimilar(
      from.clauses.map((c, j) => (used.has(j) ? null : { words: wordSet(c.block.text), group: 'clause' })),
      to.clauses.map((c, i) => (clauses.has(i) ? null : { words: wordSet(c.block.text), group: 'clause' })),
      (j, i) => (sectionPairOf.get(from.clauses[j]!.section) === to.clauses[i]!.section ? 0.05 : 0),
    );
    similarityExhausted = found.exhausted;
    for (const [i, j] of found.pairs) clauses.set(i, j);
    // Clauses paired by wording can tell where a renamed section came from.
    if (found.pairs.size > 0) sections = alignSections(from, to, clauses);
  }
  return { clauses, sections, similarityExhausted };
}

/** Positions (in `sequence`) of a longest increasing subsequence: the pairs that kept their order. */
export function keptInOrder(sequence: number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(sequence.length).fill(-1);
  sequence.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sequence[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}
