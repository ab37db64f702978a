import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyDiffView } from '../features/policies';

const route = getRouteApi('/app/policies/$policyId/diff');

export function PolicyDiffPage() {
  const { policyId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyDiffView
        key={policyId}
        policyRef={policyId}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    </RequirePermission>
  );
}
