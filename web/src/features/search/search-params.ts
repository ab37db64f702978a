// Loaded by the router, hence in the entry chunk: no imports of values from the contracts
// or from the rest of this feature.
import type { PolicyStatus } from '@policyops/contracts';

/** The search page's query and filters, kept in the URL so that a search can be shared. */
export interface SearchPageSearch {
  q?: string;
  areaId?: string;
  status?: PolicyStatus;
  /** Policies that apply (or apply differently) on this product surface. */
  surfaceId?: string;
  /** Policies that apply (or apply differently) in this market, counting what it inherits. */
  marketId?: string;
  /** Versions effective on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Versions effective on or before this date (YYYY-MM-DD). */
  to?: string;
}

export type SearchFilters = Omit<SearchPageSearch, 'q'>;

const STATUSES: readonly PolicyStatus[] = ['draft', 'in_review', 'approved', 'live', 'retired'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed && trimmed.length <= max ? trimmed : undefined;
}

/** Keeps only well-formed search parameters from the query string (limits as in the API). */
export function validateSearchPageSearch(search: Record<string, unknown>): SearchPageSearch {
  const out: SearchPageSearch = {};
  // A number in the URL (`?q=2024`) arrives parsed as JSON: take it back as text.
  const q = text(typeof search.q === 'number' ? String(search.q) : search.q, 200);
  const areaId = text(search.areaId, 64);
  const surfaceId = text(search.surfaceId, 64);
  const marketId = text(search.marketId, 64);
  if (q) out.q = q;
  if (areaId) out.areaId = areaId;
  if (surfaceId) out.surfaceId = surfaceId;
  if (marketId) out.marketId = marketId;
  if (STATUSES.includes(search.status as PolicyStatus)) out.status = search.status as PolicyStatus;
  if (typeof search.from === 'string' && ISO_DATE.test(search.from)) out.from = search.from;
  if (typeof search.to === 'string' && ISO_DATE.test(search.to)) out.to = search.to;
  return out;
}

/** True when any filter besides the words is set. */
export function hasSearchFilters(search: SearchPageSearch): boolean {
  return Boolean(search.areaId || search.status || search.surfaceId || search.marketId || search.from || search.to);
}

/** The patch that clears every filter but keeps the words. */
export const CLEARED_FILTERS: SearchFilters = {
  areaId: undefined,
  status: undefined,
  surfaceId: undefined,
  marketId: undefined,
  from: undefined,
  to: undefined,
};
