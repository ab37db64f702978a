import { RequirePermission } from '../features/auth';
import { JobsList } from '../features/jobs';

export function JobsPage() {
  return (
    <RequirePermission permission="jobs.manage" what="background jobs">
      <JobsList />
    </RequirePermission>
  );
}
