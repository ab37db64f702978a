import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission, useCan } from '../features/auth';
import { DecisionsRegister } from '../features/decisions';

const route = getRouteApi('/app/decisions');

export function DecisionsPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canManage = useCan('governance.manage');
  return (
    <RequirePermission permission="governance.read" what="the decision register">
      <DecisionsRegister
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
        canManage={canManage}
      />
    </RequirePermission>
  );
}
