import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import type { Token, TokenizerAndRendererExtension, Tokens } from 'marked';
import { toSlug } from './policy-labels';

/** `[[hate-speech]]`: a cross-reference to another policy by its slug. */
const WIKI_LINK = /^\[\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\]/;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// An inline extension rather than a text substitution: `[[slug]]` inside code stays literal.
const policyLinks: TokenizerAndRendererExtension = {
  name: 'policyLink',
  level: 'inline',
  start: (src) => {
    const index = src.indexOf('[[');
    return index >= 0 ? index : undefined;
  },
  tokenizer: (src) => {
    const match = WIKI_LINK.exec(src);
    return match ? { type: 'policyLink', raw: match[0], slug: match[1] } : undefined;
  },
  renderer: (token) => {
    const slug = escapeHtml(String(token.slug));
    return `<a href="/policies/${slug}" data-policy-link="">${slug}</a>`;
  },
};

/** The visible text of inline tokens (for heading ids and the outline). */
function plainText(tokens: Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) =>
      'tokens' in token && token.tokens ? plainText(token.tokens) : 'text' in token ? String(token.text) : '',
    )
    .join('');
}

/** Gives each heading a stable, unique id ("section-scope", "section-scope-2"); reset per document. */
class HeadingIds {
  private readonly used = new Map<string, number>();

  next(text: string): string {
    const base = `section-${toSlug(text) || 'untitled'}`;
    const count = (this.used.get(base) ?? 0) + 1;
    this.used.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}

let currentIds = new HeadingIds();

// An image written as raw HTML without alt text is treated as decorative rather than left unnamed.
// (DOMPurify is inert without a DOM, e.g. in unit tests of the outline.)
if (DOMPurify.isSupported) {
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG' && !node.hasAttribute('alt')) node.setAttribute('alt', '');
  });
}

const markdown = new Marked({ gfm: true, async: false });
markdown.use({
  extensions: [policyLinks],
  renderer: {
    // One level down: the page's h1 is the policy title, so the text's "#" becomes an h2.
    heading(token: Tokens.Heading) {
      const level = Math.min(token.depth + 1, 6);
      const id = currentIds.next(plainText(token.tokens));
      return `<h${level} id="${id}">${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/**
 * Policy Markdown to HTML that is safe to put in the page: `[[slug]]` becomes a link to
 * /policies/slug, headings move one level down and get ids, and the result goes through
 * DOMPurify (the text is written by people; nothing in it may run).
 */
export function renderMarkdown(md: string): string {
  currentIds = new HeadingIds();
  const html = markdown.parse(md, { async: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}

// One block of a text rendered alone (a numbered clause, a redline row): headings one level down but
// without ids, since the page gives each block its anchor id and ids must stay unique.
const blockMarkdown = new Marked({ gfm: true, async: false });
blockMarkdown.use({
  extensions: [policyLinks],
  renderer: {
    heading(token: Tokens.Heading) {
      const level = Math.min(token.depth + 1, 6);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/** Markdown to HTML before sanitising (exported for tests, which have no DOM). */
export function markdownBlockToHtml(md: string): string {
  return blockMarkdown.parse(md, { async: false });
}

/**
 * One block of a policy text (a section heading, a clause, a redline row with its `<ins>`/`<del>`
 * marks) as safe HTML, rendered like the whole text but without heading ids. Sanitised by DOMPurify.
 */
export function renderMarkdownBlock(md: string): string {
  return DOMPurify.sanitize(markdownBlockToHtml(md), { USE_PROFILES: { html: true } });
}

/** Inline Markdown (a clause's wording on one line, a heading) as safe HTML, without a paragraph. */
export function renderInlineMarkdown(md: string): string {
  return DOMPurify.sanitize(blockMarkdown.parseInline(md, { async: false }), { USE_PROFILES: { html: true } });
}

export interface OutlineEntry {
  id: string;
  text: string;
}

/** The sections of a text (its `##` headings), with the ids renderMarkdown gives them. */
export function markdownOutline(md: string): OutlineEntry[] {
  const ids = new HeadingIds();
  const entries: OutlineEntry[] = [];
  markdown.walkTokens(markdown.lexer(md), (token) => {
    if (token.type !== 'heading') return;
    const heading = token as Tokens.Heading;
    const text = plainText(heading.tokens);
    const id = ids.next(text);
    if (heading.depth === 2) entries.push({ id, text });
  });
  return entries;
}
