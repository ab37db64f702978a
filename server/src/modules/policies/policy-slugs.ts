import { SlugSchema } from '@policyops/contracts';
import { AppError } from '../../http/app-error.js';

/** Slugs are at most this long (SlugSchema). */
const MAX_SLUG = 80;
/** Longest suffix a suggestion adds ("-123456789"): callers look up taken slugs by the prefix before it. */
const MAX_SUFFIX = 10;

/** The part of a slug every suggestion for it starts with: what to look up taken slugs by. */
export const suggestionPrefix = (slug: string) => slug.slice(0, MAX_SLUG - MAX_SUFFIX);

/**
 * A URL name close to `slug` that is free: the first of slug-2, slug-3, ... that is neither taken
 * nor refused by the slug rules (shortened to fit 80 characters, never ending in a hyphen).
 */
export function suggestFreeSlug(slug: string, taken: ReadonlySet<string>): string {
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${slug.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate) && SlugSchema.safeParse(candidate).success) return candidate;
  }
}

/**
 * The refusal of a slug in use. It says the same whether the policy holding it is one the caller
 * may see or a restricted one they may not, and names a free slug instead: no existence leak.
 */
export function slugUnavailable(slug: string, taken: ReadonlySet<string>): AppError {
  const free = suggestFreeSlug(slug, taken);
  return new AppError('ALREADY_EXISTS', `The URL name "${slug}" is not available; "${free}" is free`, [
    { path: 'body.slug', message: `Not available; "${free}" is free` },
  ]);
}
