import { mentionAt, mentionMarkup } from '@policyops/contracts';
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import type { TokenizerAndRendererExtension, Tokens } from 'marked';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// An inline extension, not a text substitution: a mention inside code stays literal, and it is
// never rendered as a link to "mention:".
const mentions: TokenizerAndRendererExtension = {
  name: 'mention',
  level: 'inline',
  start: (src) => {
    const index = src.indexOf('@[');
    return index >= 0 ? index : undefined;
  },
  // The contract's syntax, read the way the server reads it.
  tokenizer: (src) => {
    const mention = mentionAt(src);
    return mention ? { type: 'mention', raw: mention.raw, name: mention.name, userId: mention.id } : undefined;
  },
  renderer: (token) =>
    `<span class="mention" data-user-id="${escapeHtml(String(token.userId))}">@${escapeHtml(String(token.name))}</span>`,
};

const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  extensions: [mentions],
  renderer: {
    // Comments sit under an h2 section: their headings start at h3.
    heading(token: Tokens.Heading) {
      const level = Math.min(token.depth + 2, 6);
      return `<h${level}>${this.parser.parseInline(token.tokens)}</h${level}>\n`;
    },
  },
});

/** Comment Markdown to HTML before sanitising (exported for tests, which have no DOM). */
export function commentMarkdownToHtml(md: string): string {
  return markdown.parse(md, { async: false });
}

/**
 * Comment Markdown to HTML that is safe to put in the page: mentions become "@Name" chips,
 * and the result goes through DOMPurify (nothing in a comment may run).
 */
export function renderCommentMarkdown(md: string): string {
  return DOMPurify.sanitize(commentMarkdownToHtml(md), { USE_PROFILES: { html: true } });
}

/** `@query` being typed just before the caret, if any: what the mention picker searches for. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[\s(])@([\p{L}\p{N}][\p{L}\p{N}.'-]{0,39})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]! };
}

/** The text with the `@query` at `start..caret` replaced by the mention markup, and the new caret. */
export function insertMention(
  text: string,
  start: number,
  caret: number,
  person: { id: string; name: string },
): { text: string; caret: number } {
  const markup = `${mentionMarkup(person)} `;
  return { text: text.slice(0, start) + markup + text.slice(caret), caret: start + markup.length };
}
