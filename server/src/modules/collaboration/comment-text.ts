import { truncateText } from '@policyops/contracts';
import { mentionedPeople, plainText } from '../../markdown/markdown.js';

/**
 * The people a comment mentions (the contract's `@[Name](mention:<id>)`, read by the one Markdown
 * parser, so a mention inside code is not one, as the web app renders it), in order of first mention,
 * ids lower-cased.
 */
export function mentionsIn(markdown: string): { id: string; name: string }[] {
  return mentionedPeople(markdown);
}

/** Plain one-line text of a Markdown comment: mentions as @Name, markup dropped, cut to `max`. */
export function excerpt(markdown: string, max = 140): string {
  return truncateText(plainText(markdown).replace(/\n/g, ' '), max, '…');
}
