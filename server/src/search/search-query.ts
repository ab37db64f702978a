/** Words of a user's query: letters and digits only, so no engine sees its own syntax. */
export function queryTerms(q: string): string[] {
  return (q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** FTS5: every term must match; the last one as a prefix, for search-as-you-type. */
export function fts5Query(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `"${t}"*` : `"${t}"`)).join(' ');
}

/** PostgreSQL to_tsquery: the same rule. */
export function tsQuery(terms: string[]): string {
  return terms.map((t, i) => (i === terms.length - 1 ? `${t}:*` : t)).join(' & ');
}

export interface SnippetPart {
  text: string;
  highlight: boolean;
}

const SNIPPET_WORDS = 32;

/** A light stem of a query term, so that "coded" also marks "codes" as the stemming engines matched it. */
function stemOf(term: string): string {
  const stem = term.replace(/(ments?|ings?|ed|es|s)$/, '');
  return stem.length >= 3 ? stem : term;
}

/**
 * The part of a text around its first match, as plain-text parts with matching words marked.
 * A word matches when it starts with a query term's stem, which covers prefixes and most stems. Done
 * here rather than by the engines, so both databases highlight alike and cheaply.
 */
export function snippet(text: string, terms: string[]): SnippetPart[] {
  const plain = text
    .replace(/[#*_>`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = plain.split(' ');
  const stems = terms.map(stemOf);
  const isMatch = (token: string) => {
    const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    return word.length > 0 && stems.some((stem) => word.startsWith(stem));
  };
  const first = Math.max(0, tokens.findIndex(isMatch));
  const start = Math.max(0, first - Math.floor(SNIPPET_WORDS / 3));
  const window = tokens.slice(start, start + SNIPPET_WORDS);
  const parts: SnippetPart[] = [];
  const push = (text: string, highlight: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.highlight === highlight) last.text += text;
    else parts.push({ text, highlight });
  };
  if (start > 0) push('… ', false);
  window.forEach((token, i) => {
    if (i > 0) push(' ', false);
    push(token, isMatch(token));
  });
  if (start + SNIPPET_WORDS < tokens.length) push(' …', false);
  return parts;
}
