/** `[[policy-slug]]` cross-references in a policy text, unique, in order of appearance. */
export function linkedSlugs(markdown: string): string[] {
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  const slugs = [...withoutCode.matchAll(/\[\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\]/g)].map((m) => m[1]!);
  return [...new Set(slugs)];
}
