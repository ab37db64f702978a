import { truncateText } from '@policyops/contracts';
import type { Token, Tokens } from 'marked';
import { inlinePlainText, lexMarkdown, tokensPlainText } from './markdown.js';

/**
 * A policy text as numbered sections and clauses, read from marked's tokens. Sections are the
 * headings of the level that structures the text: H1/H2 as authors write them, or the shallowest
 * level used more than once when a text (an imported capture) puts its topics deeper. A leading H1
 * is the title. Deeper headings, paragraphs, top-level list items, tables, quotes and code blocks
 * are the clauses of their section, numbered 3.1, 3.2, ...; text before the first section is section 0.
 */

/** How a block is written, so that its wording can be compared and shown again with the changes marked. */
export type BlockForm =
  | { type: 'heading'; depth: number; inline: Token[] }
  | { type: 'paragraph'; inline: Token[] }
  | { type: 'item'; marker: string; inline: Token[] }
  /** A table, quote, code block or list item holding more than one paragraph: compared whole. */
  | { type: 'whole' };

export interface SourceBlock {
  kind: 'section' | 'clause';
  number: string;
  /** Plain text: the heading, or the first words of the clause. */
  title: string;
  /** The wording, white space collapsed: what identifies the block across versions. */
  text: string;
  /** Where the block is in the source (UTF-16 offsets, end exclusive, trailing blank lines left out). */
  start: number;
  end: number;
  /** The block as written. */
  markdown: string;
  form: BlockForm;
}

export interface DocumentTitle {
  text: string;
  markdown: string;
  inline: Token[];
}

export interface MarkdownDocument {
  title: DocumentTitle | null;
  blocks: SourceBlock[];
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const TITLE_LENGTH = 90;

/** Positions in `source` of each position in its newline-normalised form (marked reads "\r\n" as "\n"). */
function sourceOffsets(source: string): (normalised: number) => number {
  if (!source.includes('\r')) return (n) => n;
  const map: number[] = [];
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\r' && source[i + 1] === '\n') continue;
    map.push(i);
  }
  map.push(source.length);
  return (n) => map[Math.min(n, map.length - 1)]!;
}

/** Which headings are sections: depth at most this; and whether the first heading is the title. */
function sectionRule(tokens: Token[]): { sectionDepth: number; titleIndex: number } {
  const headings: { index: number; depth: number }[] = [];
  let contentBefore = false;
  let titleIndex = -1;
  tokens.forEach((token, index) => {
    if (token.type === 'heading') headings.push({ index, depth: (token as Tokens.Heading).depth });
    else if (headings.length === 0 && token.type !== 'space' && token.type !== 'hr' && token.type !== 'html')
      contentBefore = true;
  });
  const first = headings[0];
  const onlyH1 = headings.filter((h) => h.depth === 1).length === 1;
  if (first && first.depth === 1 && (!contentBefore || onlyH1)) titleIndex = first.index;
  const counts = new Map<number, number>();
  for (const h of headings) if (h.index !== titleIndex) counts.set(h.depth, (counts.get(h.depth) ?? 0) + 1);
  const depths = [...counts.keys()].sort((a, b) => a - b);
  const structuring = depths.find((d) => counts.get(d)! >= 2) ?? depths[0] ?? 2;
  return { sectionDepth: Math.max(2, structuring), titleIndex };
}

function itemForm(list: Tokens.List, item: Tokens.ListItem, index: number): BlockForm {
  const content = item.tokens.filter((t) => t.type !== 'checkbox');
  const only = content[0];
  if (content.length !== 1 || !only || (only.type !== 'text' && only.type !== 'paragraph')) return { type: 'whole' };
  const inline = (only as Tokens.Text).tokens ?? [];
  const start = typeof list.start === 'number' ? list.start : 1;
  const task = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
  return { type: 'item', marker: `${list.ordered ? `${start + index}.` : '-'} ${task}`, inline };
}

/** The numbered sections and clauses of a text, with where each is in the source. Throws nothing. */
export function markdownDocument(source: string): MarkdownDocument {
  const tokens = lexMarkdown(source);
  const normalised = source.replace(/\r\n?/g, '\n');
  const toSource = sourceOffsets(source);
  const { sectionDepth, titleIndex } = sectionRule(tokens);
  const blocks: SourceBlock[] = [];
  let title: DocumentTitle | null = null;
  let section = 0;
  let clause = 0;
  let cursor = 0;

  /** Where `raw` starts, from `from` on: it follows the previous token, unless marked changed it. */
  const locate = (raw: string, from: number) => {
    if (normalised.startsWith(raw, from)) return from;
    const found = normalised.indexOf(raw, from);
    return found >= 0 ? found : from;
  };
  const span = (raw: string, at: number) => {
    const length = raw.trimEnd().length;
    const start = toSource(at);
    const end = length === 0 ? start : toSource(at + length - 1) + 1;
    return { start, end, markdown: source.slice(start, end) };
  };
  const addClause = (text: string, plain: string, at: number, raw: string, form: BlockForm) => {
    if (!collapse(text)) return;
    clause += 1;
    blocks.push({
      kind: 'clause',
      number: `${section}.${clause}`,
      title: truncateText(collapse(plain), TITLE_LENGTH, '…'),
      text: collapse(text),
      ...span(raw, at),
      form,
    });
  };

  tokens.forEach((token, index) => {
    const at = locate(token.raw, cursor);
    cursor = at + token.raw.length;
    if (token.type === 'space' || token.type === 'hr' || token.type === 'html' || token.type === 'def') return;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      const text = inlinePlainText(heading.tokens);
      if (index === titleIndex) {
        title = { text: collapse(text), markdown: span(token.raw, at).markdown, inline: heading.tokens };
        return;
      }
      const form: BlockForm = { type: 'heading', depth: heading.depth, inline: heading.tokens };
      if (heading.depth > sectionDepth) return addClause(heading.text, text, at, token.raw, form);
      section += 1;
      clause = 0;
      blocks.push({
        kind: 'section',
        number: String(section),
        title: collapse(text),
        text: collapse(heading.text),
        ...span(token.raw, at),
        form,
      });
      return;
    }
    if (token.type === 'list') {
      const list = token as Tokens.List;
      let itemCursor = at;
      list.items.forEach((item, i) => {
        const itemAt = locate(item.raw, itemCursor);
        itemCursor = itemAt + item.raw.length;
        addClause(item.text, tokensPlainText(item.tokens), itemAt, item.raw, itemForm(list, item, i));
      });
      return;
    }
    if (token.type === 'paragraph') {
      const paragraph = token as Tokens.Paragraph;
      const plain = inlinePlainText(paragraph.tokens);
      return addClause(token.raw, plain, at, token.raw, { type: 'paragraph', inline: paragraph.tokens });
    }
    addClause(token.raw, tokensPlainText([token]), at, token.raw, { type: 'whole' });
  });
  return { title, blocks };
}

/**
 * The inline tokens of one block read alone (a clause's Markdown as the redline carries it):
 * its words without the list marker or heading marks, or null for a table, quote or code block.
 */
export function blockInline(markdown: string): Token[] | null {
  const token = lexMarkdown(markdown).find((t) => t.type !== 'space');
  if (!token) return null;
  if (token.type === 'heading' || token.type === 'paragraph') return (token as Tokens.Paragraph).tokens;
  if (token.type !== 'list') return null;
  const list = token as Tokens.List;
  const form = list.items[0] ? itemForm(list, list.items[0], 0) : { type: 'whole' as const };
  return form.type === 'item' ? form.inline : null;
}
