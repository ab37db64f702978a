import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { MeetingView } from '../features/working-groups';

const route = getRouteApi('/app/meetings/$meetingId');

export function MeetingPage() {
  const { meetingId } = route.useParams();
  return (
    <RequirePermission permission="governance.read" what="meetings">
      <MeetingView key={meetingId} meetingId={meetingId} />
    </RequirePermission>
  );
}
