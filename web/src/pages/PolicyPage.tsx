import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyDetailView } from '../features/policies';

const route = getRouteApi('/app/policies/$policyId');

export function PolicyPage() {
  const { policyId } = route.useParams();
  const { asOf, market } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyDetailView
        key={policyId}
        policyRef={policyId}
        asOf={asOf}
        onAsOfChange={(date) => void navigate({ search: (prev) => ({ ...prev, asOf: date }), replace: true })}
        market={market}
        onMarketChange={(next) => void navigate({ search: (prev) => ({ ...prev, market: next }), replace: true })}
      />
    </RequirePermission>
  );
}
