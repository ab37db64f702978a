import { RequirePermission } from '../features/auth';
import { TeamsBoard } from '../features/teams';

export function TeamsPage() {
  return (
    <RequirePermission permission="directory.read" what="teams">
      <TeamsBoard />
    </RequirePermission>
  );
}
