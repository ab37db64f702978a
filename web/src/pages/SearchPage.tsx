import { getRouteApi } from '@tanstack/react-router';
import { useCallback } from 'react';
import { RequirePermission } from '../features/auth';
import { SearchView } from '../features/search';
import type { SearchPageSearch } from '../features/search';

const route = getRouteApi('/app/search');

export function SearchPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // Stable, since the view reports its debounced words from an effect.
  const onSearchChange = useCallback(
    (patch: SearchPageSearch) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true }),
    [navigate],
  );
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <SearchView search={search} onSearchChange={onSearchChange} />
    </RequirePermission>
  );
}
