import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyMetricsDashboard } from '../features/metrics/dashboard/PolicyMetricsDashboard';
import type { PolicyMetricsSearch } from '../features/metrics/metrics-search';

const route = getRouteApi('/app/metrics/policies/$policyId');

export function PolicyMetricsPage() {
  const { policyId } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const onSearchChange = (patch: Partial<PolicyMetricsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  return (
    <RequirePermission permission="metrics.read" what="metrics">
      <PolicyMetricsDashboard policyId={policyId} search={search} onSearchChange={onSearchChange} />
    </RequirePermission>
  );
}
