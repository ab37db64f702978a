import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PolicyVersionView } from '../features/policies';

const route = getRouteApi('/app/policies/$policyId/versions/$versionId');

export function PolicyVersionPage() {
  const { policyId, versionId } = route.useParams();
  return (
    <RequirePermission permission="policies.read" what="the policy library">
      <PolicyVersionView key={`${policyId}/${versionId}`} policyRef={policyId} versionId={versionId} />
    </RequirePermission>
  );
}
