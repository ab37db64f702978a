import { policyLinkSlugs } from '../../markdown/markdown.js';

/** `[[policy-slug]]` cross-references in a policy text (outside code), unique, in order of appearance. */
export function linkedSlugs(markdown: string): string[] {
  return policyLinkSlugs(markdown);
}
