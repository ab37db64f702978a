import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyChangesView } from '../features/policies';

const route = getRouteApi('/app/policies/changes');

export function PolicyChangesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyChangesView search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />
    </RequirePermission>
  );
}
