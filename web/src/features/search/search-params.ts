// Loaded by the router, hence in the entry chunk: no imports of values from the contracts
// or from the rest of this feature.
import type { PolicyStatus } from '@policyops/contracts';
import { dateParam, definedOnly, statusParam, textParam } from './url-params';

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
  /** Every version, superseded and scheduled ones too; otherwise those in force today and the open ones. */
  history?: boolean;
}

export type SearchFilters = Omit<SearchPageSearch, 'q'>;

/** Keeps only well-formed search parameters from the query string (limits as in the API). */
export function validateSearchPageSearch(search: Record<string, unknown>): SearchPageSearch {
  return definedOnly({
    // A number in the URL (`?q=2024`) arrives parsed as JSON: take it back as text.
    q: textParam(typeof search.q === 'number' ? String(search.q) : search.q, 200),
    areaId: textParam(search.areaId, 64),
    status: statusParam(search.status),
    surfaceId: textParam(search.surfaceId, 64),
    marketId: textParam(search.marketId, 64),
    from: dateParam(search.from),
    to: dateParam(search.to),
    // The router parses `?history=true` as JSON; a hand-typed "true" counts too, anything else is off.
    history: search.history === true || search.history === 'true' ? true : undefined,
  });
}

/** True when any filter besides the words (and the choice of earlier versions) is set. */
export function hasSearchFilters(search: SearchPageSearch): boolean {
  return Boolean(search.areaId || search.status || search.surfaceId || search.marketId || search.from || search.to);
}

/** The patch that clears every filter but keeps the words and the choice of earlier versions. */
export const CLEARED_FILTERS: SearchFilters = {
  areaId: undefined,
  status: undefined,
  surfaceId: undefined,
  marketId: undefined,
  from: undefined,
  to: undefined,
};
