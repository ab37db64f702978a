import { describe, expect, it } from 'vitest';
import { fts5Query, queryTerms, snippetParts, tsQuery } from './search-query.js';

describe('search queries', () => {
  it('keeps only words, so engine syntax in user input is inert', () => {
    expect(queryTerms('Hate "speech" OR NEAR(x) -slur* ü')).toEqual(['hate', 'speech', 'or', 'near', 'x', 'slur', 'ü']);
    expect(queryTerms('*** ""')).toEqual([]);
    expect(fts5Query(['coded', 'slur'])).toBe('"coded" "slur"*');
    expect(tsQuery(['coded', 'slur'])).toBe('coded & slur:*');
  });

  it('splits highlighted snippets into parts', () => {
    expect(snippetParts('…no \u27e6slurs\u27e7 or \u27e6coded\u27e7 terms')).toEqual([
      { text: '…no ', highlight: false },
      { text: 'slurs', highlight: true },
      { text: ' or ', highlight: false },
      { text: 'coded', highlight: true },
      { text: ' terms', highlight: false },
    ]);
  });
});
