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

/** Whether a word (from the raw text or its plain version) starts with one of the stems. */
function matchesStem(token: string, stems: string[]): boolean {
  const word = token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  return word.length > 0 && stems.some((stem) => word.startsWith(stem));
}

/** Characters of Markdown kept around the first match, so a snippet never converts a whole long text. */
const SOURCE_BEFORE = 1500;
const SOURCE_AFTER = 2500;

/**
 * The paragraphs of a Markdown text around its first match (whole blocks, cut at blank lines), for
 * the one Markdown parser to turn into plain text: a 140 kB policy is not converted for one snippet.
 */
export function snippetSource(markdown: string, terms: string[]): string {
  if (markdown.length <= SOURCE_BEFORE + SOURCE_AFTER) return markdown;
  const stems = terms.map(stemOf);
  let at = 0;
  for (const match of markdown.matchAll(/[\p{L}\p{N}]+/gu))
    if (matchesStem(match[0], stems)) {
      at = match.index;
      break;
    }
  const start = markdown.lastIndexOf('\n\n', Math.max(0, at - SOURCE_BEFORE));
  const end = markdown.indexOf('\n\n', at + SOURCE_AFTER);
  return markdown.slice(start === -1 ? 0 : start + 2, end === -1 ? undefined : end);
}

/**
 * The part of a plain text around its first match, as parts with matching words marked. A word
 * matches when it starts with a query term's stem, which covers prefixes and most stems. Done here
 * rather than by the engines, so both databases highlight alike and cheaply.
 */
export function snippet(plain: string, terms: string[]): SnippetPart[] {
  const tokens = plain.replace(/\s+/g, ' ').trim().split(' ');
  const stems = terms.map(stemOf);
  const isMatch = (token: string) => matchesStem(token, stems);
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
