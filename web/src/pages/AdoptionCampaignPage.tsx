import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { CampaignView } from '../features/adoption';

const route = getRouteApi('/app/adoption/campaigns/$campaignId');

export function AdoptionCampaignPage() {
  const { campaignId } = route.useParams();
  return (
    <RequirePermission permission="change_requests.read" what="adoption campaigns">
      <CampaignView key={campaignId} campaignId={campaignId} />
    </RequirePermission>
  );
}
