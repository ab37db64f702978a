import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { OkrWorkspace } from '../features/okrs';

const route = getRouteApi('/app/okrs');

export function OkrTreePage() {
  const search = route.useSearch();
  return (
    <RequirePermission permission="okrs.read" what="OKRs">
      <OkrWorkspace view="tree" search={search} />
    </RequirePermission>
  );
}
