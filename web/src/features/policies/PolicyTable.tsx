import { Group, Stack, Table, Text } from '@mantine/core';
import type { PolicySummary } from '@policyops/contracts';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink } from '../../ui/router-links';
import { PolicyStatusBadge, RestrictedIcon } from './PolicyBadges';
import { formatIsoDate } from './policy-labels';

function CurrentVersion({ current }: { current: PolicySummary['currentVersion'] }) {
  if (!current) {
    return (
      <Text size="sm" c="dimmed">
        None in force
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      <Text size="sm">Version {current.label}</Text>
      {current.effectiveDate ? (
        <Text size="xs" c="dimmed">
          Effective {formatIsoDate(current.effectiveDate)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The library's table: one row per policy the caller may see. */
export function PolicyTable({ policies }: { policies: PolicySummary[] }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Policy</Table.Th>
            <Table.Th>Area</Table.Th>
            <Table.Th>Owning team</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Current version</Table.Th>
            <Table.Th>Updated</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((policy) => (
            <Table.Tr key={policy.id}>
              <Table.Td miw={220}>
                <Group gap={6} wrap="nowrap" align="center">
                  <AnchorLink
                    to="/policies/$policyId"
                    params={{ policyId: policy.slug }}
                    fw={600}
                    size="sm"
                    c="var(--mantine-color-text)"
                    style={{ overflowWrap: 'anywhere' }}
                  >
                    {policy.title}
                  </AnchorLink>
                  {policy.restricted ? <RestrictedIcon /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{policy.areaName}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={policy.owningTeam ? undefined : 'dimmed'}>
                  {policy.owningTeam?.name ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <PolicyStatusBadge status={policy.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <CurrentVersion current={policy.currentVersion} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" component="span">
                  <RelativeTime value={policy.updatedAt} />
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
