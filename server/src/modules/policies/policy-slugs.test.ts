import { describe, expect, it } from 'vitest';
import { slugUnavailable, suggestFreeSlug, suggestionPrefix } from './policy-slugs.js';

describe('suggestFreeSlug', () => {
  it('offers the first numbered slug nobody holds', () => {
    expect(suggestFreeSlug('hate-speech', new Set(['hate-speech']))).toBe('hate-speech-2');
    expect(suggestFreeSlug('hate-speech', new Set(['hate-speech', 'hate-speech-2', 'hate-speech-3']))).toBe(
      'hate-speech-4',
    );
    expect(suggestFreeSlug('covid-19', new Set(['covid-19']))).toBe('covid-19-2');
  });

  it('stays within 80 characters and never leaves a hyphen before the number', () => {
    const long = `${'a'.repeat(77)}-bc`;
    const suggestion = suggestFreeSlug(long, new Set([long]));
    expect(suggestion).toBe(`${'a'.repeat(77)}-2`);
    expect(suggestion).toHaveLength(79);
    const exact = 'b'.repeat(80);
    expect(suggestFreeSlug(exact, new Set([exact]))).toBe(`${'b'.repeat(78)}-2`);
    expect(suggestionPrefix(exact)).toHaveLength(70);
    expect(suggestFreeSlug(exact, new Set([exact])).startsWith(suggestionPrefix(exact))).toBe(true);
  });

  it('refuses with the same words whoever holds the slug, naming the free one', () => {
    const error = slugUnavailable('sextortion', new Set(['sextortion']));
    expect(error.code).toBe('ALREADY_EXISTS');
    expect(error.detail).toBe('The URL name "sextortion" is not available; "sextortion-2" is free');
    expect(error.fieldErrors).toEqual([{ path: 'body.slug', message: 'Not available; "sextortion-2" is free' }]);
  });
});
