import { Anchor, Button, Collapse, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ChangelogEntry } from '@policyops/contracts';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { DiffInline } from '../policies/DiffText';
import { formatIsoDate } from '../policies/policy-labels';
import { usePublicChangelogEntry } from './useChangelog';

/** One public change: what, from when, and (on request) exactly which words changed. */
export function ChangelogEntryCard({ entry }: { entry: ChangelogEntry }) {
  const [open, { toggle }] = useDisclosure(false);
  const detail = usePublicChangelogEntry(entry.id, open);
  return (
    <Paper component="article" withBorder p="lg" id={entry.id} aria-labelledby={`${entry.id}-title`}>
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h3" id={`${entry.id}-title`}>
            {entry.policy.title}: version {entry.version.label}
          </Title>
          <Text size="sm" c="dimmed">
            {entry.version.effectiveDate
              ? `Takes effect ${formatIsoDate(entry.version.effectiveDate)}`
              : 'Effective date not set'}
          </Text>
        </Group>
        <Text>{entry.summary || 'No summary was given for this change.'}</Text>
        <Group>
          <Button
            variant="default"
            size="compact-sm"
            onClick={toggle}
            aria-expanded={open}
            aria-controls={`${entry.id}-diff`}
          >
            {open ? 'Hide what changed' : 'Show what changed'}
          </Button>
          <Anchor href={`#${entry.id}`} size="sm">
            Link to this change
          </Anchor>
        </Group>
        <Collapse expanded={open} id={`${entry.id}-diff`}>
          {detail.isPending ? (
            <Skeleton height={80} aria-label="Loading changes" />
          ) : detail.isError ? (
            <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />
          ) : (
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {detail.data.previousLabel
                  ? `Compared with version ${detail.data.previousLabel}`
                  : 'First published version: the whole text is new'}
              </Text>
              <DiffInline parts={detail.data.diff} />
            </Stack>
          )}
        </Collapse>
      </Stack>
    </Paper>
  );
}
