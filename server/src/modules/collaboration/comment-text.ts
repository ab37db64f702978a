import { truncateText } from '@policyops/contracts';
/** Plain one-line text of a Markdown comment: mentions as @Name, markup dropped, cut to `max`. */
export function excerpt(markdown: string, max = 140): string {
  const text = markdown
    .replace(/@\[([^\]\n]{1,120})\]\(mention:[0-9a-fA-F-]{36}\)/g, '@$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
    .replace(/[`*_~#>|]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return truncateText(text, max, '…');
}
