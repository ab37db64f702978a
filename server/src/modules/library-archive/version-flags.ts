import type { ImportFlag } from '@policyops/contracts';
import { markdownHeadings } from '../../markdown/markdown.js';

/** Below this share of the previous text's length, a new version is held for a person to confirm. */
export const SHRINK_RATIO = 0.5;
/** Below this share of the previous version's headings (when it had at least MIN_SECTIONS). */
export const SECTION_LOSS_RATIO = 0.5;
const MIN_SECTIONS = 4;

/** Counts Markdown headings (ATX and setext, outside code), as the one Markdown parser reads them. */
export function countSections(markdown: string): number {
  return markdownHeadings(markdown).length;
}

/**
 * Flags a version whose text shrank sharply or lost most of its sections compared with the
 * previous one: the typical signature of a failed capture (an error page, a cookie wall)
 * rather than a real policy change, so a person must look before it is accepted.
 */
export function flagShrink(previous: { file: string | null; body: string }, next: string): ImportFlag | null {
  const previousChars = previous.body.trim().length;
  const chars = next.trim().length;
  const previousSections = countSections(previous.body);
  const sections = countSections(next);
  const base = { previousFile: previous.file, previousChars, chars, previousSections, sections };
  if (previousChars > 0 && chars < previousChars * SHRINK_RATIO) {
    const percent = Math.round((1 - chars / previousChars) * 100);
    return {
      ...base,
      reason: 'shrank',
      message: `The text is ${percent}% shorter than the previous version (${chars.toLocaleString('en')} vs ${previousChars.toLocaleString('en')} characters)`,
    };
  }
  if (previousSections >= MIN_SECTIONS && sections < previousSections * SECTION_LOSS_RATIO) {
    return {
      ...base,
      reason: 'lost_sections',
      message: `Only ${sections} of the previous version's ${previousSections} headings remain`,
    };
  }
  return null;
}
