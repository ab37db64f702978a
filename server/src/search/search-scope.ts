/**
 * What search shows by default: the versions in force today and the open ones (draft, in review,
 * approved); with `history`, every version. "In force" follows the as-of rule: the published version
 * with the latest effective date on or before today, the later publication winning a same-day tie.
 *
 * The index cannot know today, so each document carries a `scope` that is a superset the clock can
 * only shrink: `current` for open versions and for published ones that no version in force at the
 * last write had overtaken (in force then, or taking effect later). Passing midnight can take a
 * version out of force but never bring an older one back, so the superset stays true without anyone
 * acting; the exact rule is checked, for today, on the candidates the index returns.
 */

export const OPEN_STATES = ['draft', 'in_review', 'approved'] as const;
/** What the workflow stores for a published version (the states readers see are derived from dates). */
export const PUBLISHED_STATES = ['live', 'superseded'] as const;

export type SearchScope = 'current' | 'history';

/** A version as the scope rule needs it. */
export interface ScopedVersion {
  id: string;
  state: string;
  effective_date: string | null;
  published_at: string | null;
}

const isOpen = (state: string) => (OPEN_STATES as readonly string[]).includes(state);
const isPublished = (state: string) => (PUBLISHED_STATES as readonly string[]).includes(state);

/** Whether `a` takes over from `b`: a later date, or the same date published later. */
const overtakes = (a: ScopedVersion, b: ScopedVersion) =>
  a.effective_date! > b.effective_date! ||
  (a.effective_date === b.effective_date && (a.published_at ?? '') > (b.published_at ?? ''));

/**
 * The ids of one policy's versions whose search documents are `current` from `today` on: open ones,
 * and published ones not overtaken by a version already in force on `today`.
 */
export function currentScopeIds(versions: ScopedVersion[], today: string): Set<string> {
  const published = versions.filter((v) => isPublished(v.state) && v.effective_date !== null);
  const inForce = published.filter((v) => v.effective_date! <= today);
  const out = new Set(versions.filter((v) => isOpen(v.state)).map((v) => v.id));
  for (const v of published) if (!inForce.some((w) => w.id !== v.id && overtakes(w, v))) out.add(v.id);
  return out;
}
