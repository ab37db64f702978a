import { describe, expect, it } from 'vitest';
import { countSections, flagShrink } from './version-flags.js';

describe('version flags', () => {
  it('counts ATX and setext headings but not rules, lists or fenced code', () => {
    const text = [
      '# One',
      'Two',
      '---',
      'Three',
      '===',
      '',
      '---',
      '- item',
      '```',
      '# not a heading',
      '```',
      '##Not',
      '## Four',
    ].join('\n');
    expect(countSections(text)).toBe(4);
  });

  it('flags a sharp shrink and a loss of most sections, and nothing for an ordinary edit', () => {
    const full = Array.from({ length: 8 }, (_, i) => `## Section ${i}\n\n${'words '.repeat(40)}`).join('\n\n');
    expect(flagShrink({ file: 'a', body: full }, full.replace('words', 'new words'))).toBeNull();
    expect(flagShrink({ file: 'a', body: full }, 'Access denied')?.reason).toBe('shrank');
    const merged = `## Everything\n\n${'words '.repeat(340)}\n## Two\n\n## Three`;
    expect(flagShrink({ file: 'a', body: full }, merged)).toMatchObject({
      reason: 'lost_sections',
      previousSections: 8,
      sections: 3,
    });
  });
});
