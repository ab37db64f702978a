/** Terms a policy text defines: bold terms at the start of items in its Definitions section. */
export function definedTerms(markdown: string): Set<string> {
  const section = /^##\s+Definitions\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/im.exec(markdown)?.[1] ?? '';
  const terms = [...section.matchAll(/^\s*(?:\d+\.|[-*])\s+\*\*([^*]{2,80})\*\*/gm)].map((m) =>
    m[1]!.trim().toLowerCase(),
  );
  return new Set(terms);
}

/** Three-word phrases of a text, lower-cased, without Markdown punctuation. */
export function shingles(markdown: string): Set<string> {
  const words = markdown.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}
