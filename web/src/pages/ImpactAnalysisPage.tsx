import { getRouteApi } from '@tanstack/react-router';
import { ImpactAnalysisView } from '../features/metrics/impact';

const route = getRouteApi('/app/metrics/policies/$policyId/impact/$versionId');

export function ImpactAnalysisPage() {
  const { policyId, versionId } = route.useParams();
  return <ImpactAnalysisView key={`${policyId}|${versionId}`} policyId={policyId} versionId={versionId} />;
}
