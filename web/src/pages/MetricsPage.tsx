import { RequirePermission } from '../features/auth';
import { MetricsOverview } from '../features/metrics/dashboard/MetricsOverview';

export function MetricsPage() {
  return (
    <RequirePermission permission="metrics.read" what="metrics">
      <MetricsOverview />
    </RequirePermission>
  );
}
