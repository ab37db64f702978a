import { RequirePermission } from '../features/auth';
import { CapacityView } from '../features/roadmap/capacity';

export function RoadmapCapacityPage() {
  return (
    <RequirePermission permission="roadmap.read" what="the roadmap">
      <CapacityView />
    </RequirePermission>
  );
}
