import { mentionMarkup } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { excerpt, mentionsIn } from './comment-text.js';

describe('mentions and excerpts', () => {
  const id = '01900000-0000-7000-8000-00000000000A';
  it('finds each mentioned person once, ids lower-cased, and ignores look-alikes', () => {
    const text = `Hi @[Ana Li](mention:${id}), again @[Ana](mention:${id}); not [x](mention:${id}) nor @[Bad](mention:123)`;
    expect(mentionsIn(text)).toEqual([{ id: id.toLowerCase(), name: 'Ana Li' }]);
  });

  it('reads a mention exactly as the editor writes it (the contract markup), and never one inside code', () => {
    const person = { id: '01900000-0000-7000-8000-00000000000b', name: 'Zoë [QA] Okafor' };
    const text = `Ask ${mentionMarkup(person)} please; \`@[Code](mention:${id})\`\n\n    @[Indented](mention:${id})`;
    expect(mentionsIn(text)).toEqual([{ id: person.id, name: 'Zoë  QA  Okafor' }]);
  });

  it('turns Markdown into one plain line, mentions as @Name, cut with an ellipsis', () => {
    expect(excerpt(`**Bold** [link](https://x.example)\n\n> quote @[Ana Li](mention:${id})`)).toBe(
      'Bold link quote @Ana Li',
    );
    expect(excerpt('Points:\n- one\n- two\n1. three')).toBe('Points: one two three');
    expect(excerpt('Update\n======\n\nSee [[hate-speech]] and `a_b` ~~old~~ ![chart](x.png)')).toBe(
      'Update See hate-speech and a_b old chart',
    );
    expect(excerpt('word '.repeat(100), 20)).toMatch(/^.{1,20}$/);
    expect(excerpt('word '.repeat(100), 20).endsWith('…')).toBe(true);
  });
});
