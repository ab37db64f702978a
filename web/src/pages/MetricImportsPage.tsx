import { RequirePermission } from '../features/auth';
import { MetricImportsView } from '../features/metrics/imports';

export function MetricImportsPage() {
  return (
    <RequirePermission permission="metrics.ingest" what="importing metrics">
      <MetricImportsView />
    </RequirePermission>
  );
}
