import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { ChangeRequestsWorkspace, validateCrSearch } from '../features/change-requests';

const route = getRouteApi('/app/change-requests');

export function ChangeRequestsPage() {
  // The route only types the search (entry-chunk budget); the well-formed values are kept here.
  const search = validateCrSearch(route.useSearch());
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="change_requests.read" what="change requests">
      <ChangeRequestsWorkspace
        search={search}
        onSearchChange={(patch, replaceAll) =>
          navigate({ search: (prev) => (replaceAll ? patch : { ...prev, ...patch }), replace: !patch.tab })
        }
      />
    </RequirePermission>
  );
}
