import { getRouteApi } from '@tanstack/react-router';
import { RequirePermission } from '../features/auth';
import { PeopleWorkspace } from '../features/people';

const route = getRouteApi('/app/people');

export function PeoplePage() {
  const { tab } = route.useSearch();
  const navigate = route.useNavigate();
  return (
    <RequirePermission permission="directory.read" what="the people directory">
      <PeopleWorkspace
        tab={tab ?? 'directory'}
        onTabChange={(next) => void navigate({ search: next === 'directory' ? {} : { tab: next }, replace: true })}
      />
    </RequirePermission>
  );
}
