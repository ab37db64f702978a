import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { ACTION_ITEM_SOURCE_LABELS, type ActionItem } from '@policyops/contracts';
import { formatDate } from '../../lib/format';
import { ActionStatusSelect } from './ActionStatusSelect';

export interface ActionItemsTableProps {
  actions: readonly ActionItem[];
  /** Hide the owner column (e.g. on "My actions", where I own them all). */
  hideOwner?: boolean;
  /** The action to highlight (e.g. from a link ?action=<id>). */
  focusId?: string;
  caption?: string;
}

/** A table of actions with inline status change; embeddable (working groups, meetings, CRs). */
export function ActionItemsTable({ actions, hideOwner, focusId, caption }: ActionItemsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs" highlightOnHover>
        {caption ? <Table.Caption>{caption}</Table.Caption> : null}
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Action</Table.Th>
            {hideOwner ? null : <Table.Th>Owner</Table.Th>}
            <Table.Th>Due</Table.Th>
            <Table.Th>From</Table.Th>
            <Table.Th w={160}>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr
              key={action.id}
              id={`action-${action.id}`}
              bg={action.id === focusId ? 'var(--mantine-color-yellow-light)' : undefined}
            >
              <Table.Td>
                <Text size="sm" fw={500}>
                  {action.title}
                </Text>
              </Table.Td>
              {hideOwner ? null : (
                <Table.Td>
                  <Text size="sm">{action.owner?.name ?? 'Unknown'}</Text>
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{action.dueDate ? formatDate(action.dueDate) : '—'}</Text>
                  {action.overdue ? (
                    <Badge color="red" variant="light" size="sm">
                      Overdue
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                {action.source.href ? (
                  <Anchor href={action.source.href} size="sm">
                    {action.source.title}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    {ACTION_ITEM_SOURCE_LABELS[action.source.kind]}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionStatusSelect action={action} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
