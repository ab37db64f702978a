/**
 * One source for both parts of a message: a template is paragraphs of plain strings and links,
 * rendered once as text and once as simple HTML. There is no raw-HTML escape hatch, so every
 * value a module puts in (a policy title, a person's name) is escaped in the HTML part.
 */

/** A link: an absolute http(s) URL, or a path resolved against PUBLIC_URL. */
export interface MailLink {
  href: string;
  /** Shown instead of the URL in HTML; the text part shows both. */
  label?: string;
}

export type MailInline = string | MailLink;

export interface MailTemplate {
  subject: string;
  /** Each paragraph is a run of strings and links. */
  paragraphs: MailInline[][];
  /** A prominent link under the paragraphs (e.g. "Review the change"). */
  action?: MailLink & { label: string };
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const link = (href: string, label?: string): MailLink => (label === undefined ? { href } : { href, label });

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text and attribute values alike: every character HTML gives a meaning is replaced. */
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch]!);

function absolute(href: string, publicUrl: string): string {
  const url = new URL(href, `${publicUrl}/`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`Mail links must be http(s) URLs (got ${url.protocol})`);
  }
  return url.href;
}

function inlineText(part: MailInline, publicUrl: string): string {
  if (typeof part === 'string') return part;
  const url = absolute(part.href, publicUrl);
  return part.label && part.label !== url ? `${part.label} (${url})` : url;
}

function inlineHtml(part: MailInline, publicUrl: string): string {
  if (typeof part === 'string') return escapeHtml(part);
  const url = absolute(part.href, publicUrl);
  return `<a href="${escapeHtml(url)}">${escapeHtml(part.label ?? url)}</a>`;
}

const FOOTER_STYLE = 'color:#666;font-size:12px;border-top:1px solid #ddd;padding-top:12px;margin-top:24px';

/** Renders the template with the footer every message carries (where it came from, the account page). */
export function renderMail(template: MailTemplate, context: { publicUrl: string }): RenderedMail {
  const { publicUrl } = context;
  const footer: MailInline[] = [
    'Sent by PolicyOps at ',
    link(publicUrl, new URL(publicUrl).host),
    '. Your profile and sessions: ',
    link('/account', 'your account'),
    '.',
  ];
  const textParagraphs = template.paragraphs.map((p) => p.map((part) => inlineText(part, publicUrl)).join(''));
  if (template.action) textParagraphs.push(`${template.action.label}: ${absolute(template.action.href, publicUrl)}`);
  const text = [...textParagraphs, '-- ', footer.map((part) => inlineText(part, publicUrl)).join('')].join('\n\n');

  const htmlParagraphs = template.paragraphs.map(
    (p) => `<p>${p.map((part) => inlineHtml(part, publicUrl)).join('')}</p>`,
  );
  if (template.action) {
    const url = escapeHtml(absolute(template.action.href, publicUrl));
    htmlParagraphs.push(`<p><a href="${url}" style="font-weight:bold">${escapeHtml(template.action.label)}</a></p>`);
  }
  const html = [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(template.subject)}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;max-width:600px">',
    ...htmlParagraphs,
    `<p style="${FOOTER_STYLE}">${footer.map((part) => inlineHtml(part, publicUrl)).join('')}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: template.subject, text, html };
}
