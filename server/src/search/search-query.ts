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

export const HIGHLIGHT_START = '\u27e6';
export const HIGHLIGHT_END = '\u27e7';

/** Splits an engine's snippet with highlight markers into plain-text parts. */
export function snippetParts(snippet: string): { text: string; highlight: boolean }[] {
  const parts: { text: string; highlight: boolean }[] = [];
  for (const chunk of snippet.split(HIGHLIGHT_START)) {
    const end = chunk.indexOf(HIGHLIGHT_END);
    if (end === -1) {
      if (chunk) parts.push({ text: chunk, highlight: false });
      continue;
    }
    if (end > 0) parts.push({ text: chunk.slice(0, end), highlight: true });
    const rest = chunk.slice(end + 1);
    if (rest) parts.push({ text: rest, highlight: false });
  }
  return parts.filter((p) => p.text.length > 0);
}
