import type { Token, Tokens } from 'marked';

/**
 * Inline Markdown as a sequence of words, spaces and unsplittable pieces (code spans, images,
 * `[[slug]]`), each with the formatting around it. Word diffs run on these atoms, and any run of
 * them can be written back as Markdown that opens and closes its own emphasis and links: a run of
 * changed words never leaves a stray `**` or half a link behind.
 */

export type Wrap =
  { kind: 'strong' } | { kind: 'em' } | { kind: 'del' } | { kind: 'link'; href: string; title: string };

export interface InlineAtom {
  /** The atom as Markdown (punctuation that would mean something escaped). */
  text: string;
  wraps: Wrap[];
  /** White space: kept outside emphasis when a run is written back. */
  space: boolean;
  /** Compared by this: the same word with the same formatting. */
  key: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+(?:['’_.-][\p{L}\p{N}\p{M}]+)*|\s+|[^\s\p{L}\p{N}\p{M}]/gu;
/** Punctuation that could open or close Markdown when it stands alone next to our delimiters. */
const MEANINGFUL = new Set(['\\', '`', '*', '_', '{', '}', '[', ']', '<', '>', '#', '+', '-', '!', '|', '~']);

const wrapKey = (wrap: Wrap) => (wrap.kind === 'link' ? `link(${wrap.href} ${wrap.title})` : wrap.kind);
const sameWrap = (a: Wrap, b: Wrap) => wrapKey(a) === wrapKey(b);

function atom(text: string, wraps: Wrap[], space = false): InlineAtom {
  return { text, wraps, space, key: `${wraps.map(wrapKey).join('/')}|${space ? ' ' : text}` };
}

function pushText(raw: string, wraps: Wrap[], out: InlineAtom[]): void {
  for (const [piece] of raw.matchAll(WORD)) {
    if (/^\s/.test(piece)) out.push(atom(' ', wraps, true));
    else out.push(atom(piece.length === 1 && MEANINGFUL.has(piece) ? `\\${piece}` : piece, wraps));
  }
}

/** The atoms of inline tokens (a paragraph's, a heading's or a list item's). */
export function inlineAtoms(tokens: Token[], wraps: Wrap[] = [], out: InlineAtom[] = []): InlineAtom[] {
  for (const token of tokens) {
    switch (token.type) {
      case 'text': {
        const text = token as Tokens.Text;
        if (text.tokens && text.tokens.length > 0) inlineAtoms(text.tokens, wraps, out);
        else pushText(text.raw, wraps, out);
        break;
      }
      case 'strong':
      case 'em':
      case 'del':
        inlineAtoms((token as Tokens.Strong).tokens, [...wraps, { kind: token.type }], out);
        break;
      case 'link': {
        const link = token as Tokens.Link;
        inlineAtoms(link.tokens, [...wraps, { kind: 'link', href: link.href, title: link.title ?? '' }], out);
        break;
      }
      case 'br':
        out.push(atom('<br>', wraps));
        break;
      case 'checkbox':
        break;
      default:
        // Code spans, escapes, images, inline HTML, [[slug]] and mentions: kept exactly as written.
        out.push(atom(token.raw.replace(/\n/g, ' '), wraps));
    }
  }
  return out;
}

const DELIMITERS: Record<'strong' | 'em' | 'del', string> = { strong: '**', em: '*', del: '~~' };

function linkDestination(href: string): string {
  return `<${href.replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\s/g, '%20')}>`;
}

function open(wrap: Wrap): string {
  return wrap.kind === 'link' ? '[' : DELIMITERS[wrap.kind];
}

function close(wrap: Wrap): string {
  if (wrap.kind !== 'link') return DELIMITERS[wrap.kind];
  const title = wrap.title ? ` "${wrap.title.replace(/["\\]/g, (c) => `\\${c}`)}"` : '';
  return `](${linkDestination(wrap.href)}${title})`;
}

/**
 * A run of atoms written back as Markdown. Atoms that share formatting are grouped under one
 * delimiter pair; white space at the edge of a group goes outside it (`** word**` would not be bold).
 */
export function atomsToMarkdown(atoms: InlineAtom[], depth = 0): string {
  let out = '';
  let i = 0;
  while (i < atoms.length) {
    const first = atoms[i]!;
    if (first.wraps.length <= depth) {
      out += first.text;
      i += 1;
      continue;
    }
    const wrap = first.wraps[depth]!;
    let j = i;
    while (j < atoms.length && atoms[j]!.wraps.length > depth && sameWrap(atoms[j]!.wraps[depth]!, wrap)) j += 1;
    let start = i;
    let end = j;
    while (start < end && atoms[start]!.space) start += 1;
    while (end > start && atoms[end - 1]!.space) end -= 1;
    out += ' '.repeat(start > i ? 1 : 0);
    if (end > start) out += `${open(wrap)}${atomsToMarkdown(atoms.slice(start, end), depth + 1)}${close(wrap)}`;
    out += ' '.repeat(end < j && end > start ? 1 : 0);
    i = j;
  }
  return out;
}
