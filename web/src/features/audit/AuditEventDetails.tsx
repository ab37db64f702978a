import { Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@policyops/contracts';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../lib/format';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level keys whose values differ between before and after. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Code
        block
        style={{ maxHeight: 360, overflow: 'auto', whiteSpace: 'pre' }}
        tabIndex={0}
        aria-label={`${label} JSON`}
      >
        {value === null || value === undefined ? '—' : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

/** A string field of the payload's after (or before) state, e.g. the address a sign-in came from. */
function payloadText(event: AuditEvent, key: string): string | null {
  for (const state of [event.after, event.before]) {
    const value = isRecord(state) ? state[key] : undefined;
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
      <strong>{label}</strong> {children}
    </Text>
  );
}

/** The expanded row: the event's ids, request and address, which fields changed, and before and after side by side. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const changed = changedKeys(event.before, event.after);
  const ip = payloadText(event, 'ip');
  const userAgent = payloadText(event, 'userAgent');
  return (
    <Stack gap="sm" py="xs">
      <Group gap="lg" wrap="wrap">
        <Fact label="Action">
          <Code>{event.action}</Code>
        </Fact>
        <Fact label="Seq">{event.seq}</Fact>
        <Fact label="At">
          {formatDateTime(event.occurredAt)} ({event.occurredAt})
        </Fact>
        <Fact label="Actor">{event.actor ? <Code>{event.actor.id}</Code> : 'the system'}</Fact>
        <Fact label="Entity">
          {event.entityType} <Code>{event.entityId}</Code>
        </Fact>
        {event.requestId ? (
          <Fact label="Request">
            <Code>{event.requestId}</Code>
          </Fact>
        ) : null}
        {ip ? (
          <Fact label="IP">
            <Code>{ip}</Code>
          </Fact>
        ) : null}
        {userAgent ? <Fact label="Client">{userAgent}</Fact> : null}
        <Fact label="Hash">
          <Code>{event.hash}</Code>
        </Fact>
      </Group>
      {changed.length > 0 ? (
        <Text size="sm">
          Changed:{' '}
          {changed.map((k, i) => (
            <span key={k}>
              {i > 0 ? ', ' : ''}
              <Code>{k}</Code>
            </span>
          ))}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <JsonBlock label="Before" value={event.before} />
        <JsonBlock label="After" value={event.after} />
      </SimpleGrid>
    </Stack>
  );
}
