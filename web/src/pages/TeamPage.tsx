import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { TeamDetailView } from '../features/teams';

const route = getRouteApi('/app/teams/$teamId');

export function TeamPage() {
  const { teamId } = route.useParams();
  return (
    <RequirePermission permission="directory.read" what="teams">
      <TeamDetailView key={teamId} teamId={teamId} />
    </RequirePermission>
  );
}
