import { getRouteApi } from '@tanstack/react-router';
import { CampaignSummaryCard } from '../features/adoption';
import { RequirePermission } from '../features/auth';
import { ChangeRequestDetailView } from '../features/change-requests/detail';
import { StakeholderMatrixSection } from '../features/stakeholders';

const route = getRouteApi('/app/change-requests/$changeRequestId');

const campaign = (changeRequestId: string) => <CampaignSummaryCard changeRequestId={changeRequestId} />;

export function ChangeRequestPage() {
  const { changeRequestId } = route.useParams();
  return (
    <RequirePermission permission="change_requests.read" what="change requests">
      <ChangeRequestDetailView key={changeRequestId} changeRequestId={changeRequestId} campaign={campaign} />
      <StakeholderMatrixSection key={`raci-${changeRequestId}`} kind="change_request" recordId={changeRequestId} />
    </RequirePermission>
  );
}
