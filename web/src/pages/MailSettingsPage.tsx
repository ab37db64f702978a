import { RequirePermission } from '../features/auth';
import { MailSettings } from '../features/mail';

export function MailSettingsPage() {
  return (
    <RequirePermission permission="workspace.manage" what="the mail settings">
      <MailSettings />
    </RequirePermission>
  );
}
