import type { Token, Tokens } from 'marked';
import { inlinePlainText, lexMarkdown, plainText } from '../../markdown/markdown.js';

/** The term a list item defines: its words in bold at the very start. */
function termOf(item: Tokens.ListItem): string | null {
  const first = item.tokens.find((t) => t.type !== 'checkbox') as Tokens.Text | undefined;
  const lead = first?.tokens?.[0];
  if (!lead || lead.type !== 'strong') return null;
  const term = inlinePlainText((lead as Tokens.Strong).tokens)
    .trim()
    .toLowerCase();
  return term.length >= 2 && term.length <= 80 ? term : null;
}

/**
 * Terms a policy text defines: bold terms at the start of the list items of its Definitions section
 * (a heading "Definitions" of any form, up to the next heading of the same level or above).
 */
export function definedTerms(markdown: string): Set<string> {
  const terms = new Set<string>();
  let depth: number | null = null;
  for (const token of lexMarkdown(markdown) as Token[]) {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      if (depth !== null && heading.depth <= depth) depth = null;
      if (depth === null && inlinePlainText(heading.tokens).trim().toLowerCase() === 'definitions')
        depth = heading.depth;
      continue;
    }
    if (depth === null || token.type !== 'list') continue;
    for (const item of (token as Tokens.List).items) {
      const term = termOf(item);
      if (term) terms.add(term);
    }
  }
  return terms;
}

/** Three-word phrases of a text, lower-cased, without Markdown punctuation. */
export function shingles(markdown: string): Set<string> {
  // Words of the text as read (link targets and Markdown left out), from the one parse.
  const words =
    plainText(markdown)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}
