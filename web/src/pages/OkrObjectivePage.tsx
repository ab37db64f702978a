import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { ObjectiveDetailView } from '../features/okrs';

const route = getRouteApi('/app/okrs/objectives/$objectiveId');

export function OkrObjectivePage() {
  const { objectiveId } = route.useParams();
  return (
    <RequirePermission permission="okrs.read" what="OKRs">
      <ObjectiveDetailView key={objectiveId} objectiveId={objectiveId} />
    </RequirePermission>
  );
}
