import { ActionIcon, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import type { AuditEvent } from '@policyops/contracts';
import { Fragment, useState } from 'react';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink } from '../../ui/router-links';
import { AuditEventDetails } from './AuditEventDetails';

const COLUMNS = 6;

function actionColor(action: string): string {
  if (/(deleted|revoked|failed|locked_out|removed)$/.test(action)) return 'red';
  if (/(created|added|accepted|completed|loaded)$/.test(action)) return 'green';
  return 'gray';
}

/** Audit events, each row expandable to its before/after JSON. */
export function AuditTable({ events }: { events: AuditEvent[] }) {
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th>When</Table.Th>
            <Table.Th>Actor</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th>Entity</Table.Th>
            <Table.Th ta="right">Seq</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const open = expanded.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(event.id)}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={`${open ? 'Hide' : 'Show'} details of event ${event.seq} (${event.action})`}
                    >
                      {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="span">
                      <RelativeTime value={event.occurredAt} />
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {event.actor ? (
                      <AnchorLink
                        to="/people/$userId"
                        params={{ userId: event.actor.id }}
                        size="sm"
                        c="var(--mantine-color-text)"
                      >
                        {event.actor.name}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" fs="italic">
                        System
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={actionColor(event.action)} ff="monospace" fw={500}>
                      {event.action}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" component="span">
                      {event.entityType}{' '}
                    </Text>
                    <Text size="xs" ff="monospace" component="span" title={event.entityId}>
                      {event.entityId.length > 13
                        ? `${event.entityId.slice(0, 8)}…${event.entityId.slice(-4)}`
                        : event.entityId}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" ff="monospace">
                      {event.seq}
                    </Text>
                  </Table.Td>
                </Table.Tr>
                {open ? (
                  <Table.Tr id={detailsId}>
                    <Table.Td colSpan={COLUMNS} bg="var(--mantine-color-default-hover)">
                      <AuditEventDetails event={event} />
                    </Table.Td>
                  </Table.Tr>
                ) : null}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
