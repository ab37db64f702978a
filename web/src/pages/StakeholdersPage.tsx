import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { StakeholderDirectory } from '../features/stakeholders';

const route = getRouteApi('/app/stakeholders');

export function StakeholdersPage() {
  const filters = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="governance.read" what="the stakeholder directory">
      <StakeholderDirectory
        filters={filters}
        onFiltersChange={(next) => void navigate({ search: next, replace: true })}
      />
    </RequirePermission>
  );
}
