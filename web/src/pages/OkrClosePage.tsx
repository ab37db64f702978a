import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { ClosePeriodView } from '../features/okrs';

const route = getRouteApi('/app/okrs/close/$periodKey');

export function OkrClosePage() {
  const { periodKey } = route.useParams();
  return (
    <RequirePermission permission="okrs.read" what="OKRs">
      <ClosePeriodView key={periodKey} periodKey={periodKey} />
    </RequirePermission>
  );
}
