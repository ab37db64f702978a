import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission, useCan } from '../features/auth';
import { RaidLog } from '../features/raid';

const route = getRouteApi('/app/raid');

export function RaidPage() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const canManage = useCan('governance.manage');
  return (
    <RequirePermission permission="governance.read" what="the RAID log">
      <RaidLog
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
        canManage={canManage}
      />
    </RequirePermission>
  );
}
