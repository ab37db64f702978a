import { SimpleGrid } from '@mantine/core';
import { PageHeader } from '../../ui/PageHeader';
import { ChangelogPublishingCard } from './ChangelogPublishingCard';

/** Admin settings that apply to the whole workspace. */
export function WorkspaceSettings() {
  return (
    <>
      <PageHeader
        title="Workspace settings"
        description="Settings that apply to the whole workspace. Every change is recorded in the audit log."
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <ChangelogPublishingCard />
      </SimpleGrid>
    </>
  );
}
