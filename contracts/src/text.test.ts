import { describe, expect, it } from 'vitest';
import { hasLoneSurrogate, truncateText } from './text.js';

const EMOJI = '\u{1F600}';

describe('hasLoneSurrogate', () => {
  it('finds a high or low surrogate that is not half of a pair', () => {
    for (const text of ['\ud800', 'a\udfffb', `${EMOJI.slice(0, 1)}x`, `x${EMOJI.slice(1)}`, '\udc00\ud800'])
      expect(hasLoneSurrogate(text), JSON.stringify(text)).toBe(true);
  });

  it('accepts well-formed text, astral characters included', () => {
    for (const text of ['', 'plain', `${EMOJI}${EMOJI}`, 'Zürich 東京 👩‍👩‍👧', '\uFFFD'])
      expect(hasLoneSurrogate(text), text).toBe(false);
  });
});

describe('truncateText', () => {
  it('returns text within the limit unchanged', () => {
    expect(truncateText('short', 5, '…')).toBe('short');
    expect(truncateText(EMOJI.repeat(3), 6, '…')).toBe(EMOJI.repeat(3));
  });

  it('keeps an emoji at the boundary whole or drops it whole, never half of it', () => {
    const text = `aaaa${EMOJI}tail`;
    expect(truncateText(text, 7, '…')).toBe(`aaaa${EMOJI}…`);
    expect(truncateText(text, 6, '…')).toBe('aaaa…');
    expect(truncateText(text, 6, '')).toBe(`aaaa${EMOJI}`);
    expect(truncateText(text, 5, '')).toBe('aaaa');
    expect(truncateText(EMOJI.repeat(4), 5, '')).toBe(EMOJI.repeat(2));
    for (let max = 0; max <= text.length; max++) {
      for (const ellipsis of ['', '…', '...']) {
        const cut = truncateText(text, max, ellipsis);
        expect(hasLoneSurrogate(cut), `${max} ${ellipsis}`).toBe(false);
        expect(cut.length).toBeLessThanOrEqual(max);
      }
    }
  });

  it('trims the space before the ellipsis, and leaves out an ellipsis that leaves no room for text', () => {
    const cut = truncateText('word '.repeat(100), 20, '…');
    expect(cut).toBe('word word word word…');
    expect(truncateText('abcdef', 3, '...')).toBe('abc');
    expect(truncateText('abc', 0, '…')).toBe('');
  });
});
