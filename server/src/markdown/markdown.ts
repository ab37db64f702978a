import { mentionAt } from '@policyops/contracts';
import { Marked, type Token, type TokenizerAndRendererExtension, type Tokens } from 'marked';

/**
 * The server's one Markdown parser: marked's lexer (GFM) with the two inline forms of our own,
 * `[[policy-slug]]` cross-references and `@[Name](mention:<id>)` mentions. Headings, sections,
 * plain text, links, definitions and mentions are all read from its tokens, never from regular
 * expressions over the source, so ATX and setext headings, code and escapes mean the same everywhere.
 */

/** A `[[slug]]` cross-reference (slug: lower-case words joined by single hyphens). */
export interface PolicyLinkToken {
  type: 'policyLink';
  raw: string;
  slug: string;
}

/** A `@[Name](mention:<user id>)` mention, in the syntax the contract defines. */
export interface MentionToken {
  type: 'mention';
  raw: string;
  name: string;
  userId: string;
}

const isSlugChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

/** The `[[slug]]` at the start of `src`, read character by character (a slug has no other characters). */
function policyLinkAt(src: string): PolicyLinkToken | undefined {
  if (!src.startsWith('[[')) return undefined;
  const close = src.indexOf(']]', 2);
  if (close < 3 || close > 82) return undefined;
  const slug = src.slice(2, close);
  const words = slug.split('-');
  if (!words.every((w) => w.length > 0 && [...w].every(isSlugChar))) return undefined;
  return { type: 'policyLink', raw: src.slice(0, close + 2), slug };
}

/** The `[[slug]]` inline syntax for a marked instance; `render` gives its HTML (default: as written). */
export function policyLinkExtension(render: (slug: string) => string = (slug) => `[[${slug}]]`) {
  const extension: TokenizerAndRendererExtension = {
    name: 'policyLink',
    level: 'inline',
    start: (src) => {
      const index = src.indexOf('[[');
      return index >= 0 ? index : undefined;
    },
    tokenizer: (src) => policyLinkAt(src),
    renderer: (token) => render(String(token.slug)),
  };
  return extension;
}

/** The contract's mention syntax for a marked instance; `render` gives its HTML (default: "@Name"). */
export function mentionExtension(render: (name: string, userId: string) => string = (name) => `@${name}`) {
  const extension: TokenizerAndRendererExtension = {
    name: 'mention',
    level: 'inline',
    start: (src) => {
      const index = src.indexOf('@[');
      return index >= 0 ? index : undefined;
    },
    tokenizer: (src) => {
      const mention = mentionAt(src);
      return mention ? { type: 'mention', raw: mention.raw, name: mention.name, userId: mention.id } : undefined;
    },
    renderer: (token) => render(String(token.name), String(token.userId)),
  };
  return extension;
}

const parser = new Marked({ gfm: true, async: false });
parser.use({ extensions: [policyLinkExtension(), mentionExtension()] });

/** The block tokens of a text; every later reading of the text starts here. Throws nothing. */
export function lexMarkdown(markdown: string): Token[] {
  return parser.lexer(markdown);
}

/** Calls `visit` for every token of the text, depth first, list items and table cells included. */
export function walkMarkdown(markdown: string, visit: (token: Token) => void): void {
  parser.walkTokens(lexMarkdown(markdown), visit);
}

/** The visible text of inline tokens: emphasis and links reduced to their words, `[[slug]]` to the slug. */
export function inlinePlainText(tokens: Token[] | undefined): string {
  let out = '';
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'policyLink':
        out += (token as unknown as PolicyLinkToken).slug;
        break;
      case 'mention':
        out += `@${(token as unknown as MentionToken).name}`;
        break;
      case 'br':
        out += ' ';
        break;
      case 'codespan':
        out += decodeEntities((token as Tokens.Codespan).text);
        break;
      case 'image':
        out += (token as Tokens.Image).text;
        break;
      case 'html':
      case 'checkbox':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) out += inlinePlainText(token.tokens as Token[]);
        else if ('text' in token && typeof token.text === 'string') out += decodeEntities(token.text);
    }
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

/** marked keeps character references as written (`&amp;`); plain text wants the character. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const semicolon = text[i] === '&' ? text.indexOf(';', i) : -1;
    const name = semicolon > i ? text.slice(i + 1, semicolon) : '';
    if (semicolon > i && semicolon - i <= 8 && name in ENTITIES) {
      out += ENTITIES[name];
      i = semicolon + 1;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/** Plain text of block tokens, one line per paragraph, heading, list item, table row or code line. */
function blockPlainText(tokens: Token[], lines: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        lines.push(inlinePlainText((token as Tokens.Paragraph).tokens));
        break;
      case 'text': {
        const text = token as Tokens.Text;
        lines.push(text.tokens ? inlinePlainText(text.tokens) : decodeEntities(text.text));
        break;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) blockPlainText(item.tokens, lines);
        break;
      case 'blockquote':
        blockPlainText((token as Tokens.Blockquote).tokens, lines);
        break;
      case 'code':
        lines.push((token as Tokens.Code).text);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows])
          lines.push(row.map((c) => inlinePlainText(c.tokens)).join(' '));
        break;
      }
      default:
        break;
    }
  }
}

/** Plain text of block tokens (a list item's, say), lines joined by "\n". */
export function tokensPlainText(tokens: Token[]): string {
  const lines: string[] = [];
  blockPlainText(tokens, lines);
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * A text without its Markdown: what search snippets, comment excerpts and clause titles show
 * (never `##`, `**`, `[link](url)` or `[[slug]]`). Lines are separated by "\n".
 */
export function plainText(markdown: string): string {
  return tokensPlainText(lexMarkdown(markdown));
}

/** Every heading of a text, ATX or setext, outside code: its depth and plain text. */
export function markdownHeadings(markdown: string): { depth: number; text: string }[] {
  const out: { depth: number; text: string }[] = [];
  walkMarkdown(markdown, (token) => {
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      out.push({ depth: heading.depth, text: inlinePlainText(heading.tokens).trim() });
    }
  });
  return out;
}

/** `[[policy-slug]]` cross-references outside code, unique, in order of appearance. */
export function policyLinkSlugs(markdown: string): string[] {
  const slugs = new Set<string>();
  walkMarkdown(markdown, (token) => {
    if (token.type === 'policyLink') slugs.add((token as unknown as PolicyLinkToken).slug);
  });
  return [...slugs];
}

/** People mentioned outside code, in order of first mention, ids lower-cased. */
export function mentionedPeople(markdown: string): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  walkMarkdown(markdown, (token) => {
    if (token.type !== 'mention') return;
    const mention = token as unknown as MentionToken;
    if (!seen.has(mention.userId)) seen.set(mention.userId, mention.name);
  });
  return [...seen].map(([id, name]) => ({ id, name }));
}
