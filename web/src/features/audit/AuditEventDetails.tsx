import { Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AuditEvent } from '@policyops/contracts';
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

/** The expanded row: before and after side by side, which fields changed, and the chain data. */
export function AuditEventDetails({ event }: { event: AuditEvent }) {
  const changed = changedKeys(event.before, event.after);
  return (
    <Stack gap="sm" py="xs">
      <Group gap="lg" wrap="wrap">
        <Text size="xs">
          <strong>Seq</strong> {event.seq}
        </Text>
        <Text size="xs">
          <strong>At</strong> {formatDateTime(event.occurredAt)} ({event.occurredAt})
        </Text>
        <Text size="xs">
          <strong>Entity</strong> {event.entityType} <Code>{event.entityId}</Code>
        </Text>
        {event.requestId ? (
          <Text size="xs">
            <strong>Request</strong> <Code>{event.requestId}</Code>
          </Text>
        ) : null}
        <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
          <strong>Hash</strong> <Code>{event.hash}</Code>
        </Text>
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
