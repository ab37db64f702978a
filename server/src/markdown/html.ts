import { Marked, type Tokens } from 'marked';
import { mentionExtension, policyLinkExtension } from './markdown.js';

/**
 * Markdown to HTML on the server, for documents that leave the app (the redline export). Safe
 * without a DOM sanitiser because nothing of the author's passes through as HTML: raw HTML is
 * escaped (except the bare `<ins>`, `<del>` and `<br>` the redline itself writes, which become
 * styled tags), links keep only http(s), mailto and in-page targets, and images become their alt text.
 */

export interface SafeHtmlOptions {
  /** Base of the app's links, e.g. https://policyops.example (for `[[slug]]` cross-references). */
  appUrl: string;
  /** Inline styles of inserted and deleted text (documents are read outside the app's stylesheet). */
  insertStyle: string;
  deleteStyle: string;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (trimmed.startsWith('#') || (trimmed.startsWith('/') && !trimmed.startsWith('//'))) return trimmed;
  try {
    const url = new URL(trimmed);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const REDLINE_TAGS = new Set(['<ins>', '</ins>', '<del>', '</del>', '<br>']);

function renderer(options: SafeHtmlOptions): Marked {
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    extensions: [
      policyLinkExtension(
        (slug) => `<a href="${escapeHtml(`${options.appUrl}/policies/${slug}`)}">${escapeHtml(slug)}</a>`,
      ),
      mentionExtension((name) => `@${escapeHtml(name)}`),
    ],
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        const tag = text.trim().toLowerCase();
        if (REDLINE_TAGS.has(tag)) {
          if (tag === '<ins>') return `<ins style="${options.insertStyle}">`;
          if (tag === '<del>') return `<del style="${options.deleteStyle}">`;
          return tag;
        }
        return escapeHtml(text);
      },
      link({ href, title, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        const target = safeHref(href);
        if (!target) return inner;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${inner}</a>`;
      },
      image({ text }: Tokens.Image) {
        return text ? `[${escapeHtml(text)}]` : '';
      },
    },
  });
  return marked;
}

/** A Markdown text as safe HTML for an exported document. Throws nothing. */
export function renderSafeHtml(markdown: string, options: SafeHtmlOptions): string {
  return renderer(options).parse(markdown, { async: false });
}

/** Renderers to reuse for many texts of one document: blocks, and inline text (a heading's). */
export function safeHtmlRenderer(options: SafeHtmlOptions): {
  block: (markdown: string) => string;
  inline: (markdown: string) => string;
} {
  const marked = renderer(options);
  return {
    block: (markdown) => marked.parse(markdown, { async: false }),
    inline: (markdown) => marked.parseInline(markdown, { async: false }),
  };
}
