import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { CalendarSubscribeButton } from '../features/calendar';
import { RaidSummary } from '../features/raid';
import { WorkingGroupDetail } from '../features/working-groups';

const route = getRouteApi('/app/working-groups/$workingGroupId');

export function WorkingGroupPage() {
  const { workingGroupId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="working groups">
      <WorkingGroupDetail
        key={workingGroupId}
        workingGroupId={workingGroupId}
        headerActions={<CalendarSubscribeButton workingGroupId={workingGroupId} />}
      >
        <RaidSummary record={{ kind: 'working_group', id: workingGroupId }} />
      </WorkingGroupDetail>
    </RequirePermission>
  );
}
