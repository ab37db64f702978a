import { RequirePermission } from '../features/auth';
import { WorkspaceSettings } from '../features/workspace-settings';

export function WorkspaceSettingsPage() {
  return (
    <RequirePermission permission="workspace.manage" what="the workspace settings">
      <WorkspaceSettings />
    </RequirePermission>
  );
}
