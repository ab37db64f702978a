import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { InitiativeDetailView } from '../features/roadmap';
import { StakeholderMatrixSection } from '../features/stakeholders';

const route = getRouteApi('/app/roadmap/initiatives/$initiativeId');

export function RoadmapInitiativePage() {
  const { initiativeId } = route.useParams();
  return (
    <RequirePermission permission="roadmap.read" what="the roadmap">
      <InitiativeDetailView key={initiativeId} initiativeId={initiativeId} />
      <StakeholderMatrixSection key={`raci-${initiativeId}`} kind="initiative" recordId={initiativeId} />
    </RequirePermission>
  );
}
