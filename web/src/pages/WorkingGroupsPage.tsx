import { RequirePermission } from '../features/auth';
import { WorkingGroupsList } from '../features/working-groups';

export function WorkingGroupsPage() {
  return (
    <RequirePermission permission="governance.read" what="working groups">
      <WorkingGroupsList />
    </RequirePermission>
  );
}
