import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyLibrary } from '../features/policies';

const route = getRouteApi('/app/policies');

export function PoliciesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyLibrary
        search={search}
        onSearchChange={(patch) =>
          navigate({ search: (prev) => (patch === null ? {} : { ...prev, ...patch }), replace: true })
        }
      />
    </RequirePermission>
  );
}
