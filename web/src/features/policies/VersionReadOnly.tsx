import { Alert, Box, Grid, Group, Paper, Stack, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { PolicyVersion } from '@policyops/contracts';
import { RelativeTime } from '../../ui/RelativeTime';
import { marketDatesSentence } from '../applicability';
import { ClausesCard } from '../clauses';
import { ChangelogAction } from './ChangelogAction';
import { MarkdownView } from './MarkdownView';
import { VersionStateBadge } from './PolicyBadges';
import { formatIsoDate } from './policy-labels';
import { MetaList, MetaRow } from './MetaList';

function LockNote({ version }: { version: PolicyVersion }) {
  if (version.state === 'draft') {
    return version.abilities.edit ? null : (
      <Alert variant="light" color="gray" icon={<IconLock size={18} aria-hidden />} title="Read-only">
        Only people who draft policies can edit this draft.
      </Alert>
    );
  }
  if (version.state === 'in_review') {
    return (
      <Alert
        variant="light"
        color="gray"
        icon={<IconLock size={18} aria-hidden />}
        title="In review: this version cannot be edited"
      >
        An approver can request changes, which sends it back to draft.
      </Alert>
    );
  }
  return (
    <Alert
      variant="light"
      color="gray"
      icon={<IconLock size={18} aria-hidden />}
      title="Approved and published versions cannot be edited"
    >
      To change the text, start a new draft from the policy page.
    </Alert>
  );
}

/** A version that cannot be edited here: its text and metadata, with why it is locked. */
export function VersionReadOnly({ version, policyRef }: { version: PolicyVersion; policyRef: string }) {
  return (
    <Stack gap="md">
      <LockNote version={version} />
      <Group>
        <ChangelogAction policyRef={policyRef} version={version} />
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder p="lg" component="section" aria-labelledby="version-text-heading">
            <Title order={2} id="version-text-heading" mb="md">
              Text of version {version.label}
            </Title>
            <MarkdownView markdown={version.body} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="version-meta-heading">
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h3" id="version-meta-heading">
                About this version
              </Title>
              <VersionStateBadge state={version.state} effectiveDate={version.effectiveDate} />
            </Group>
            <MetaList>
              <MetaRow term="Effective date">
                {version.marketDates.length > 0
                  ? marketDatesSentence(version.effectiveDate, version.marketDates, formatIsoDate)
                  : version.effectiveDate
                    ? formatIsoDate(version.effectiveDate)
                    : 'Not set'}
              </MetaRow>
              <MetaRow term="Change summary">{version.changeSummary || '—'}</MetaRow>
              <MetaRow term="Author">{version.author?.name ?? '—'}</MetaRow>
              <MetaRow term="Approver">{version.approver?.name ?? '—'}</MetaRow>
              <MetaRow term="Created">
                <RelativeTime value={version.createdAt} />
              </MetaRow>
              <MetaRow term="Last changed">
                <RelativeTime value={version.updatedAt} />
              </MetaRow>
            </MetaList>
          </Paper>
          <Box mt="lg">
            <ClausesCard policyRef={policyRef} version={version} />
          </Box>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
