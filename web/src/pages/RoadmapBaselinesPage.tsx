import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { BaselinesView } from '../features/roadmap/baselines';

const route = getRouteApi('/app/roadmap/baselines');

export function RoadmapBaselinesPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="roadmap.read" what="roadmap baselines">
      <BaselinesView search={search} onSearchChange={(next) => navigate({ search: next, replace: true })} />
    </RequirePermission>
  );
}
