import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyDetailView } from '../features/policies';

const route = getRouteApi('/app/policies/$policyId');

export function PolicyPage() {
  const { policyId } = route.useParams();
  const { asOf } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyDetailView
        key={policyId}
        policyRef={policyId}
        asOf={asOf}
        onAsOfChange={(date) => void navigate({ search: date ? { asOf: date } : {}, replace: true })}
      />
    </RequirePermission>
  );
}
