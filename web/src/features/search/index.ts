export { SearchView } from './SearchView';
export { SearchHitCard, SearchSnippet } from './SearchHitCard';
export { useSearchResults, searchKeys, SEARCH_LIMIT } from './useSearch';
export { validateSearchPageSearch, hasSearchFilters } from './search-params';
export type { SearchPageSearch, SearchFilters } from './search-params';
