import { ActionIcon, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { auditSentence, type AuditEvent } from '@policyops/contracts';
import { Fragment, useState } from 'react';
import { formatDate } from '../../lib/format';
import { RelativeTime } from '../../ui/RelativeTime';
import { SentenceLine } from '../collaboration';
import { AuditEventDetails } from './AuditEventDetails';

const COLUMNS = 3;

/** The event in words, with the names the server resolved today and dates as the rest of the app writes them. */
export function sentenceOf(event: AuditEvent) {
  return auditSentence(event, { formatDate });
}

/** Audit events in words, newest first; each row opens to its ids, request, address and before/after JSON. */
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
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>Details</VisuallyHidden>
            </Table.Th>
            <Table.Th>What happened</Table.Th>
            <Table.Th w={170}>When</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const open = expanded.has(event.id);
            const detailsId = `audit-details-${event.id}`;
            return (
              <Fragment key={event.id}>
                <Table.Tr data-action={event.action}>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      onClick={() => toggle(event.id)}
                      aria-expanded={open}
                      aria-controls={open ? detailsId : undefined}
                      aria-label={`${open ? 'Hide' : 'Show'} details of event ${event.seq}`}
                    >
                      {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
                    </ActionIcon>
                  </Table.Td>
                  <Table.Td>
                    <SentenceLine sentence={sentenceOf(event)} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" component="span" style={{ whiteSpace: 'nowrap' }}>
                      <RelativeTime value={event.occurredAt} />
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
