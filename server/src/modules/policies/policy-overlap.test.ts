import { describe, expect, it } from 'vitest';
import { definedTerms, jaccard, shingles } from './policy-overlap.js';

const TEXT =
  '# X\n\n## Definitions\n\n1. **Protected attribute**: race, religion.\n2. **Slur**: a term.\n\n## What is not allowed\n\n1. **Not a term** here.\n';

describe('overlap signals', () => {
  it('finds defined terms only in the Definitions section', () => {
    expect([...definedTerms(TEXT)]).toEqual(['protected attribute', 'slur']);
    expect(definedTerms('# No definitions').size).toBe(0);
  });

  it('measures shared three-word phrases', () => {
    expect(
      jaccard(shingles('we remove slurs that target people'), shingles('we remove slurs that target people')),
    ).toBe(1);
    expect(jaccard(shingles('we remove slurs that target'), shingles('firearms may not be sold'))).toBe(0);
    const partial = jaccard(
      shingles('we remove slurs that target people'),
      shingles('we remove slurs aimed at people'),
    );
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(1);
  });
});

describe('defined terms, whatever the heading form', () => {
  it('reads a setext Definitions heading and stops at the next section, not at a subheading', () => {
    const text =
      'Hate speech\n===========\n\nDefinitions\n-----------\n\n- **Slur**: a term.\n\n### Coded language\n\n1. **Dog whistle**: coded.\n\nWhat is not allowed\n-------------------\n\n1. **Not a term** here.\n';
    expect([...definedTerms(text)]).toEqual(['slur', 'dog whistle']);
  });
});
