import { describe, expect, it } from 'vitest';
import { linkedSlugs } from './policy-links.js';

describe('linkedSlugs', () => {
  it('finds unique [[slug]] links and ignores code and malformed ones', () => {
    const text =
      'See [[hate-speech]] and [[minor-safety]], again [[hate-speech]].\n`[[in-code]]`\n```\n[[in-block]]\n```\n[[Not A Slug]] [[trailing-]]';
    expect(linkedSlugs(text)).toEqual(['hate-speech', 'minor-safety']);
  });
});
