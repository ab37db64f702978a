import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { StakeholderProfile } from '../features/stakeholders';

const route = getRouteApi('/app/stakeholders/$stakeholderId');

export function StakeholderPage() {
  const { stakeholderId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="the stakeholder directory">
      <StakeholderProfile key={stakeholderId} stakeholderId={stakeholderId} />
    </RequirePermission>
  );
}
