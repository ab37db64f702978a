import { ApplicabilitySettings } from '../features/applicability';
import { RequirePermission } from '../features/auth';

export function ApplicabilitySettingsPage() {
  return (
    <RequirePermission permission="workspace.manage" what="the surfaces and markets settings">
      <ApplicabilitySettings />
    </RequirePermission>
  );
}
