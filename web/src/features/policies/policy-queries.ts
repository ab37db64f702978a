import type { PolicyListQuery } from '@policyops/contracts';

/** The library's filters (the page and its size are the list hook's business). */
export type PolicyListFilters = Omit<PolicyListQuery, 'cursor' | 'limit'>;

/**
 * Query keys of the policy library. Policies are addressed by slug in URLs (`ref`), so every
 * change refetches everything under ['policies'] rather than guessing which keys it touched.
 */
export const policyKeys = {
  all: ['policies'] as const,
  list: (filters: PolicyListFilters) => ['policies', 'list', filters] as const,
  search: (q: string) => ['policies', 'search', q] as const,
  detail: (ref: string) => ['policies', 'detail', ref] as const,
  versions: (ref: string) => ['policies', 'versions', ref] as const,
  version: (ref: string, versionId: string) => ['policies', 'version', ref, versionId] as const,
  asOf: (ref: string, date: string, market?: string) => ['policies', 'as-of', ref, date, market ?? ''] as const,
  diff: (ref: string, from: string, to: string) => ['policies', 'diff', ref, from, to] as const,
  references: (ref: string) => ['policies', 'references', ref] as const,
  overlaps: (ref: string) => ['policies', 'overlaps', ref] as const,
  changes: (from: string, to: string) => ['policies', 'changes', from, to] as const,
};

export const areaKeys = {
  all: ['policy-areas'] as const,
};
