import { describe, expect, it } from 'vitest';
import { linkedSlugs } from './policy-links.js';

describe('linkedSlugs', () => {
  it('finds unique [[slug]] links and ignores code and malformed ones', () => {
    const text =
      'See [[hate-speech]] and [[minor-safety]], again [[hate-speech]].\n`[[in-code]]`\n```\n[[in-block]]\n```\n[[Not A Slug]] [[trailing-]]';
    expect(linkedSlugs(text)).toEqual(['hate-speech', 'minor-safety']);
  });
});

describe('linkedSlugs reads the one Markdown parse', () => {
  it('ignores links in indented code, tilde fences and double-backtick spans, and finds them in headings', () => {
    const text =
      '## See [[hate-speech]]\n\n    [[indented-code]]\n\n~~~\n[[tilde-fence]]\n~~~\n\n`` [[double-tick]] `` and [[minor-safety]]';
    expect(linkedSlugs(text)).toEqual(['hate-speech', 'minor-safety']);
  });
});
