import { describe, expect, it } from 'vitest';
import { plainText } from '../markdown/markdown.js';
import { fts5Query, queryTerms, snippet, snippetSource, tsQuery } from './search-query.js';

describe('search queries', () => {
  it('keeps only words, so engine syntax in user input is inert', () => {
    expect(queryTerms('Hate "speech" OR NEAR(x) -slur* ü')).toEqual(['hate', 'speech', 'or', 'near', 'x', 'slur', 'ü']);
    expect(queryTerms('*** ""')).toEqual([]);
    expect(fts5Query(['coded', 'slur'])).toBe('"coded" "slur"*');
    expect(tsQuery(['coded', 'slur'])).toBe('coded & slur:*');
  });

  it('cuts a snippet around the first match and marks words starting with a term', () => {
    const text = `# Title\n\n${'filler '.repeat(40)}We remove **slurs** and coded slurs.\n${'tail '.repeat(40)}`;
    const parts = snippet(plainText(text), ['slur']);
    expect(parts[0]!.text.startsWith('… ')).toBe(true);
    expect(parts.filter((p) => p.highlight).map((p) => p.text)).toEqual(['slurs', 'slurs.']);
    expect(parts.map((p) => p.text).join('')).not.toMatch(/\*\*/);
    expect(parts[parts.length - 1]!.text.endsWith('…')).toBe(true);
    expect(snippet('nothing here', ['zzz'])).toEqual([{ text: 'nothing here', highlight: false }]);
    const stemmed = snippet('Users evade detection with codes and harassing remarks.', ['coded', 'harassment']);
    expect(stemmed.filter((p) => p.highlight).map((p) => p.text)).toEqual(['codes', 'harassing']);
  });

  it('hands the Markdown parser only the paragraphs around the first match of a long text', () => {
    const long = `# Title\n\n${'Opening words.\n\n'.repeat(500)}The **slur** rule.\n\n${'Closing words.\n\n'.repeat(500)}`;
    const source = snippetSource(long, ['slur']);
    expect(source.length).toBeLessThan(5000);
    expect(source).toContain('The **slur** rule.');
    expect(source).toMatch(/^Opening words\.\n\n[\s\S]*Closing words\.$/);
    expect(snippetSource('Short **text**.', ['text'])).toBe('Short **text**.');
  });
});
