import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResult } from '@policyops/contracts';
import { api } from '../../lib/api';
import type { SearchPageSearch } from './search-params';

/** Results asked of the API per search (its maximum is 50). */
export const SEARCH_LIMIT = 20;

/**
 * Keys under ['policies'], so that every policy or version change (which refetches everything
 * under that key) refreshes the search results too.
 */
export const searchKeys = {
  all: ['policies', 'full-text-search'] as const,
  results: (search: SearchPageSearch) => ['policies', 'full-text-search', search] as const,
};

/** Full-text search over policy versions; idle until there are words to search for. */
export function useSearchResults(search: SearchPageSearch, options: { enabled?: boolean } = {}) {
  const q = search.q?.trim() ?? '';
  return useQuery({
    queryKey: searchKeys.results(search),
    queryFn: ({ signal }) =>
      api.get<SearchResult>(
        '/api/search',
        {
          q,
          areaId: search.areaId,
          status: search.status,
          surfaceId: search.surfaceId,
          marketId: search.marketId,
          from: search.from,
          to: search.to,
          history: search.history ? 'true' : undefined,
          limit: SEARCH_LIMIT,
        },
        signal,
      ),
    enabled: q.length > 0 && (options.enabled ?? true),
    placeholderData: keepPreviousData,
  });
}
