import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { InitiativesView } from '../features/roadmap';

const route = getRouteApi('/app/roadmap');

export function RoadmapPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="roadmap.read" what="the roadmap">
      <InitiativesView
        search={search}
        onSearchChange={(patch) =>
          navigate({ search: (prev) => (patch === null ? {} : { ...prev, ...patch }), replace: true })
        }
      />
    </RequirePermission>
  );
}
