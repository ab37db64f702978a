import { describe, expect, it } from 'vitest';
import { markdownOutline } from './markdown';

// renderMarkdown needs a DOM (DOMPurify); the browser journeys cover it. The outline does not.
describe('markdownOutline', () => {
  it('lists the ## headings with the ids the rendered headings get', () => {
    const md = '# Hate Speech\n\n## Rationale\n\nText\n\n### Detail\n\n## What is **not** allowed\n\n## Rationale\n';
    expect(markdownOutline(md)).toEqual([
      { id: 'section-rationale', text: 'Rationale' },
      { id: 'section-what-is-not-allowed', text: 'What is not allowed' },
      { id: 'section-rationale-2', text: 'Rationale' },
    ]);
  });

  it('ignores headings inside code', () => {
    expect(markdownOutline('```\n## not a heading\n```\n')).toEqual([]);
  });
});
