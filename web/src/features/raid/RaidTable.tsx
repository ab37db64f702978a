import { Badge, Group, Table, Text } from '@mantine/core';
import { RAID_KIND_LABELS, type RaidItem, type RaidKind } from '@policyops/contracts';
import { formatDate } from '../../lib/format';
import { AnchorLink } from '../../ui/router-links';
import { BandBadge, StatusBadge } from './raid-labels';

const date = (value: string | null) => (value ? formatDate(value) : '—');

function details(item: RaidItem) {
  switch (item.kind) {
    case 'risk':
      return <BandBadge band={item.band} score={item.score} />;
    case 'issue':
      return (
        <Group gap={6}>
          {item.isBlocker ? (
            <Badge color="red" variant="filled">
              Blocker
            </Badge>
          ) : null}
          <Text size="sm">{item.severity}</Text>
          {item.currentLevel > 0 ? <Text size="sm">· level {item.currentLevel}</Text> : null}
          {item.decisionNeededBy ? (
            <Text size="sm" c={item.decisionOverdue ? 'red.8' : undefined} fw={item.decisionOverdue ? 600 : undefined}>
              · decision by {date(item.decisionNeededBy)}
              {item.decisionOverdue ? ' (passed)' : ''}
            </Text>
          ) : null}
        </Group>
      );
    case 'assumption':
      return <Text size="sm">Validate by {date(item.validateBy)}</Text>;
    case 'dependency':
      return (
        <Text size="sm">
          {item.requestingTeam.name} ← {item.providingTeam.name} · needed {date(item.neededBy)}
          {item.committedDate ? ` · committed ${date(item.committedDate)}` : ''}
        </Text>
      );
  }
}

const DETAIL_HEADERS: Record<RaidKind, string> = {
  risk: 'Score',
  issue: 'Severity and escalation',
  assumption: 'Validation',
  dependency: 'Teams and dates',
};

/** One kind's items: key, title, status, owner and the kind's own columns. */
export function RaidTable({ kind, items }: { kind: RaidKind; items: RaidItem[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label={`${RAID_KIND_LABELS[kind]} items`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Key</Table.Th>
            <Table.Th>{kind === 'assumption' ? 'Statement' : 'Title'}</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>{DETAIL_HEADERS[kind]}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <AnchorLink to="/raid/$itemId" params={{ itemId: item.id }} fw={600}>
                  {item.key}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{item.title}</Table.Td>
              <Table.Td>
                <StatusBadge status={item.status} />
              </Table.Td>
              <Table.Td>{item.owner?.name ?? '—'}</Table.Td>
              <Table.Td>{details(item)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
