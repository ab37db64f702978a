import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { RaidItemScreen } from '../features/raid';

const route = getRouteApi('/app/raid/$itemId');

export function RaidItemPage() {
  const { itemId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="the RAID log">
      <RaidItemScreen key={itemId} itemId={itemId} />
    </RequirePermission>
  );
}
