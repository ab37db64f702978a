import { Group, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink } from '../../ui/router-links';
import { useCan } from '../auth';
import { ExportCard } from './ExportCard';
import { ImportFlow } from './ImportFlow';

/** Import & export of the library: export for policy managers, import for workspace admins too. */
export function LibraryArchiveView() {
  const canImport = useCan('workspace.manage');
  return (
    <>
      <PageHeader
        title="Import & export"
        description="Move the policy library in and out of PolicyOps as Markdown files in a zip archive."
        above={
          <AnchorLink to="/policies" size="sm" c="dimmed">
            <Group gap={4} component="span">
              <IconArrowLeft size={14} aria-hidden /> Policies
            </Group>
          </AnchorLink>
        }
      />
      <Stack gap="lg">
        <ExportCard />
        {canImport ? (
          <ImportFlow />
        ) : (
          <Text size="sm" c="dimmed">
            Importing policies is for workspace admins. Ask one to import an archive for you.
          </Text>
        )}
      </Stack>
    </>
  );
}
