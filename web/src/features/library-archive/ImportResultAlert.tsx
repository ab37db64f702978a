import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconBooks, IconCircleCheck, IconUpload } from '@tabler/icons-react';
import type { LibraryImportResult } from '@policyops/contracts';
import { ButtonLink } from '../../ui/router-links';
import { plural } from './import-plan';

/** What a finished import did, with the way on: the library, or another archive. */
export function ImportResultAlert({ result, onAgain }: { result: LibraryImportResult; onAgain: () => void }) {
  const skipped = result.policies.flatMap((p) => p.versions).filter((v) => v.action === 'skip').length;
  const created = [
    result.totals.areas > 0 ? plural(result.totals.areas, 'area') : null,
    result.totals.policies > 0 ? plural(result.totals.policies, 'policy', 'policies') : null,
    plural(result.totals.versions, 'version'),
  ].filter(Boolean);
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={18} aria-hidden />}
      title={result.applied ? 'Imported into the library' : 'Nothing to import'}
      role="status"
    >
      <Stack gap="sm">
        <Text size="sm">
          {result.applied
            ? `Created ${created.length > 1 ? `${created.slice(0, -1).join(', ')} and ${created.at(-1)}` : created[0]}.`
            : 'Everything in the archive was already in the library; nothing changed.'}
          {skipped > 0 ? ` ${plural(skipped, 'flagged version')} left out as you chose.` : ''}
        </Text>
        <Group gap="xs">
          <ButtonLink to="/policies" size="xs" leftSection={<IconBooks size={14} aria-hidden />}>
            Open the policy library
          </ButtonLink>
          <Button size="xs" variant="default" leftSection={<IconUpload size={14} aria-hidden />} onClick={onAgain}>
            Import another archive
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
