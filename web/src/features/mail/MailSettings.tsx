import { PageHeader } from '../../ui/PageHeader';
import { MailPanel } from './MailPanel';

/** Admin page: outgoing mail. */
export function MailSettings() {
  return (
    <>
      <PageHeader
        title="Mail"
        description="Outgoing e-mail: invitations, reminders and notifications for those who opt in. The server's environment sets it up (SMTP_URL or SMTP_HOST); see the README."
      />
      <MailPanel />
    </>
  );
}
