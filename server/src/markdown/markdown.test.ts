import { describe, expect, it } from 'vitest';
import { markdownDocument } from './blocks.js';
import { markdownHeadings, plainText, policyLinkSlugs } from './markdown.js';

const ATX = `# Hate speech

## Rationale

We protect people from **attacks** on who they are.

## What is not allowed

### Slurs

1. Slurs aimed at a protected group.
2. Dehumanising comparisons.
`;

const SETEXT = `Hate speech
===========

Rationale
---------

We protect people from **attacks** on who they are.

What is not allowed
-------------------

### Slurs

1. Slurs aimed at a protected group.
2. Dehumanising comparisons.
`;

const shape = (md: string) =>
  markdownDocument(md).blocks.map(({ kind, number, title, text }) => ({ kind, number, title, text }));

describe('one Markdown parse', () => {
  it('gives a setext document and its ATX twin the same headings and blocks', () => {
    expect(markdownHeadings(SETEXT)).toEqual(markdownHeadings(ATX));
    expect(markdownHeadings(ATX).map((h) => `${h.depth} ${h.text}`)).toEqual([
      '1 Hate speech',
      '2 Rationale',
      '2 What is not allowed',
      '3 Slurs',
    ]);
    expect(shape(SETEXT)).toEqual(shape(ATX));
    expect(markdownDocument(ATX).title?.text).toBe('Hate speech');
  });

  it('keeps every block with its source offsets, so a slice renders exactly that block', () => {
    const { blocks } = markdownDocument(SETEXT);
    const rationale = blocks.find((b) => b.title === 'Rationale')!;
    expect(SETEXT.slice(rationale.start, rationale.end)).toBe('Rationale\n---------');
    const item = blocks.find((b) => b.text === 'Dehumanising comparisons.')!;
    expect(SETEXT.slice(item.start, item.end)).toBe('2. Dehumanising comparisons.');
    const crlf = ATX.replace(/\n/g, '\r\n');
    const same = markdownDocument(crlf).blocks.find((b) => b.text === 'Dehumanising comparisons.')!;
    expect(crlf.slice(same.start, same.end)).toBe('2. Dehumanising comparisons.');
  });

  it('turns Markdown into plain text: no heading marks, emphasis, links or [[slug]] tokens', () => {
    const text = plainText(
      'Intro\n=====\n\n## Scope\n\nWe **remove** _slurs_ and [coded hate](https://x.example); see [[violent-extremism]].\n\n> Quoted `code *kept*`\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    expect(text).not.toMatch(/##|\*\*|\[\[|\]\]|===|\]\(|_slurs_|\|/);
    expect(text).toContain('We remove slurs and coded hate; see violent-extremism.');
    expect(text).toContain('Scope');
    expect(text).toContain('Quoted code *kept*');
  });

  it('finds [[slug]] links outside code only, however the code is written', () => {
    const md =
      'See [[hate-speech]].\n\n    [[indented-code]]\n\n`` [[double-tick]] ``\n\n~~~\n[[tilde-fence]]\n~~~\n\n- [[in-a-list]]';
    expect(policyLinkSlugs(md)).toEqual(['hate-speech', 'in-a-list']);
  });
});
