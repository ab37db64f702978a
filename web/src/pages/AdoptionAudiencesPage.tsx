import { RequirePermission } from '../features/auth';
import { AudienceDirectory } from '../features/adoption';

export function AdoptionAudiencesPage() {
  return (
    <RequirePermission permission="change_requests.read" what="adoption audiences">
      <AudienceDirectory />
    </RequirePermission>
  );
}
