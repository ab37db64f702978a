import { Group, Paper, Table, Text, TextInput } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AnchorLink } from '../../ui/router-links';
import { PolicyBackLink } from './PolicyBackLink';
import { VersionStateBadge } from './PolicyBadges';
import { formatIsoDate, todayIso } from './policy-labels';
import type { PolicyChangesSearch } from './policy-search';
import { usePolicyChanges } from './usePolicyChanges';

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

export interface PolicyChangesViewProps {
  search: PolicyChangesSearch;
  onSearchChange: (next: PolicyChangesSearch) => void;
}

/** "What changed between date A and date B" across the whole library (default: the last 90 days). */
export function PolicyChangesView({ search, onSearchChange }: PolicyChangesViewProps) {
  const to = search.to ?? todayIso();
  const from = search.from ?? daysBefore(to, 90);
  const changes = usePolicyChanges(from, to);
  const rangeError = from > to ? 'Must be on or after the start date' : undefined;

  let body;
  if (rangeError) body = null;
  else if (changes.isPending) body = <TableSkeleton rows={5} label="Loading changes" />;
  else if (changes.isError) body = <ErrorAlert error={changes.error} onRetry={() => void changes.refetch()} />;
  else if (changes.data.items.length === 0) {
    body = (
      <EmptyState
        icon={<IconCalendarEvent size={28} aria-hidden />}
        title="No policy took effect in this period"
        description="Widen the dates to see earlier or later changes."
      />
    );
  } else {
    body = (
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Effective</Table.Th>
              <Table.Th>Policy</Table.Th>
              <Table.Th>Version</Table.Th>
              <Table.Th>What changed</Table.Th>
              <Table.Th>Diff</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.data.items.map(({ policy, version, previousVersionId }) => (
              <Table.Tr key={version.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {version.effectiveDate ? formatIsoDate(version.effectiveDate) : '—'}
                </Table.Td>
                <Table.Td>
                  <AnchorLink to="/policies/$policyId" params={{ policyId: policy.slug }} fw={600}>
                    {policy.title}
                  </AnchorLink>
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <AnchorLink
                      to="/policies/$policyId/versions/$versionId"
                      params={{ policyId: policy.slug, versionId: version.id }}
                    >
                      {version.label}
                    </AnchorLink>
                    <VersionStateBadge state={version.state} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{version.changeSummary || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  {previousVersionId ? (
                    <AnchorLink
                      to="/policies/$policyId/diff"
                      params={{ policyId: policy.slug }}
                      search={{ from: previousVersionId, to: version.id }}
                      aria-label={`Compare ${policy.title} ${version.label} with the version before`}
                    >
                      Compare
                    </AnchorLink>
                  ) : (
                    <Text size="sm" c="dimmed">
                      First version
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <>
      <PageHeader
        title="What changed"
        description="Policy versions that took effect between two dates, across the library."
        above={<PolicyBackLink />}
      />
      <Group align="flex-start" mb="md">
        <TextInput
          type="date"
          label="From date"
          value={from}
          max={to}
          onChange={(e) => onSearchChange({ ...search, from: e.currentTarget.value || undefined })}
        />
        <TextInput
          type="date"
          label="To date"
          value={to}
          error={rangeError}
          onChange={(e) => onSearchChange({ ...search, to: e.currentTarget.value || undefined })}
        />
      </Group>
      <Paper withBorder p="md">
        {body}
      </Paper>
    </>
  );
}
