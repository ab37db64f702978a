import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { UserProfile } from '../features/people';

const route = getRouteApi('/app/people/$userId');

export function PersonPage() {
  const { userId } = route.useParams();
  return (
    <RequirePermission permission="directory.read" what="the people directory">
      <UserProfile key={userId} userId={userId} />
    </RequirePermission>
  );
}
