import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { WorkingGroupDetail } from '../features/working-groups';

const route = getRouteApi('/app/working-groups/$workingGroupId');

export function WorkingGroupPage() {
  const { workingGroupId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="working groups">
      <WorkingGroupDetail key={workingGroupId} workingGroupId={workingGroupId} />
    </RequirePermission>
  );
}
