import { Stack } from '@mantine/core';
import { RequirePermission } from '../features/auth';
import { ScoringModelSection, StageRulesSection } from '../features/change-requests';
import { PageHeader } from '../ui/PageHeader';
import { AnchorLink } from '../ui/router-links';

/** Workspace admins' settings of change requests; each section saves its own part (mount more below). */
export function ChangeRequestSettingsPage() {
  return (
    <RequirePermission permission="workspace.manage" what="the change-request settings">
      <PageHeader
        title="Change-request settings"
        description="How change requests are scored and what each stage of the workflow asks. Every change is recorded in the audit log."
        above={
          <AnchorLink to="/change-requests" size="sm">
            ← Change requests
          </AnchorLink>
        }
      />
      <Stack gap="lg">
        <ScoringModelSection />
        <StageRulesSection />
      </Stack>
    </RequirePermission>
  );
}
