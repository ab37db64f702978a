import { mentionAt, mentionMarkup } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { commentMarkdownToHtml, insertMention, mentionQueryAt } from './comment-markdown';

const ID = '01900000-0000-7000-8000-00000000000a';

// Sanitising needs a DOM (DOMPurify is inert without one); the mention markup does not.
describe('comment markdown', () => {
  it('renders mentions as escaped "@Name" chips, never as links to "mention:", and leaves code literal', () => {
    const html = commentMarkdownToHtml(`Hi @[Ana <b>Li</b>](mention:${ID}) see \`@[Code](mention:${ID})\``);
    expect(html).toContain(`<span class="mention" data-user-id="${ID}">@Ana &lt;b&gt;Li&lt;/b&gt;</span>`);
    expect(html).not.toContain('href="mention:');
    expect(html).toContain(`<code>@[Code](mention:${ID})</code>`);
    expect(html.match(/class="mention"/g)).toHaveLength(1);
  });
});

describe('mention picker text', () => {
  it('finds the @query before the caret only at a word start', () => {
    expect(mentionQueryAt('Ask @an', 7)).toEqual({ start: 4, query: 'an' });
    expect(mentionQueryAt('@Zoë', 4)).toEqual({ start: 0, query: 'Zoë' });
    expect(mentionQueryAt('mail me@an', 10)).toBeNull();
    expect(mentionQueryAt('Ask @an now', 11)).toBeNull();
    expect(mentionQueryAt('Ask @', 5)).toBeNull();
  });

  it('replaces the query with markup the server parses, and moves the caret after it', () => {
    const { text, caret } = insertMention('Ask @an please', 4, 7, { id: ID, name: 'Ana [Li]' });
    expect(text).toBe(`Ask @[Ana  Li](mention:${ID})  please`);
    expect(caret).toBe(text.indexOf('  please') + 1);
    expect(mentionAt(text.slice(4))).toMatchObject({ id: ID, name: 'Ana  Li' });
  });

  it('renders what the editor writes through the one contract syntax, with the id the server reads', () => {
    const person = { id: '01900000-0000-7000-8000-00000000000B', name: 'Zoë Okafor' };
    const { text } = insertMention('cc @zo', 3, 6, person);
    expect(text).toBe(`cc ${mentionMarkup(person)} `);
    const html = commentMarkdownToHtml(text);
    expect(html).toContain(`<span class="mention" data-user-id="${person.id.toLowerCase()}">@Zoë Okafor</span>`);
    // A look-alike the server does not read as a mention is not shown as one either.
    expect(commentMarkdownToHtml('@[Bad](mention:123)')).not.toContain('class="mention"');
  });
});
