import { mentionsIn } from '@policyops/contracts';
import { describe, expect, it } from 'vitest';
import { excerpt } from './comment-text.js';

describe('mentions and excerpts', () => {
  const id = '01900000-0000-7000-8000-00000000000A';
  it('finds each mentioned person once, ids lower-cased, and ignores look-alikes', () => {
    const text = `Hi @[Ana Li](mention:${id}), again @[Ana](mention:${id}); not [x](mention:${id}) nor @[Bad](mention:123)`;
    expect(mentionsIn(text)).toEqual([{ id: id.toLowerCase(), name: 'Ana Li' }]);
  });

  it('turns Markdown into one plain line, mentions as @Name, cut with an ellipsis', () => {
    expect(excerpt(`**Bold** [link](https://x.example)\n\n> quote @[Ana Li](mention:${id})`)).toBe(
      'Bold link quote @Ana Li',
    );
    expect(excerpt('Points:\n- one\n- two\n1. three')).toBe('Points: one two three');
    expect(excerpt('word '.repeat(100), 20)).toMatch(/^.{1,20}$/);
    expect(excerpt('word '.repeat(100), 20).endsWith('…')).toBe(true);
  });
});
