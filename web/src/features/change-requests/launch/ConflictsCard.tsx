import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Modal,
  Paper,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import type { CrConflict, CrConflictReason } from '@policyops/contracts';
import { IconAlertTriangle, IconCheck } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { isApiError } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { InAppAnchor } from '../detail/InAppAnchor';
import { handleCrConflict } from '../detail/crConflict';
import { useAcknowledgeConflicts, useCrConflicts, type CrDetail } from '../detail/cr-detail-queries';

const REASON_LABELS: Record<CrConflictReason, string> = {
  same_policy: 'Same policy',
  shared_surface: 'Shared surface',
  shared_market: 'Shared market',
  freeze_window: 'Freeze window',
};

function ConflictRow({
  c,
  selectable,
  selected,
  onToggle,
}: {
  c: CrConflict;
  selectable: boolean;
  selected: boolean;
  onToggle: () => void;
}) {
  const when = c.endsOn ? `${formatDate(c.date)} – ${formatDate(c.endsOn)}` : formatDate(c.date);
  return (
    <Group align="flex-start" gap="sm" wrap="nowrap">
      {selectable && !c.acknowledged ? (
        <Checkbox mt={2} checked={selected} onChange={onToggle} aria-label={`Acknowledge ${c.title}`} />
      ) : c.acknowledged ? (
        <IconCheck size={18} color="var(--mantine-color-teal-7)" aria-label="Acknowledged" />
      ) : (
        <IconAlertTriangle size={18} color="var(--mantine-color-orange-7)" aria-label="Not acknowledged" />
      )}
      <Stack gap={2} style={{ flex: 1 }}>
        <Group gap={6} wrap="wrap">
          {/* A web path from the server: opened as a link within the app. */}
          <InAppAnchor href={c.href} size="sm" fw={600}>
            {c.title}
          </InAppAnchor>
          {c.reasons.map((r) => (
            <Badge key={r} size="xs" variant="light" color={r === 'freeze_window' ? 'red' : 'orange'}>
              {REASON_LABELS[r]}
            </Badge>
          ))}
          <Text size="xs" c="dimmed">
            {when}
          </Text>
        </Group>
        <Text size="sm">{c.detail}</Text>
        {c.acknowledged ? (
          <Text size="xs" c="dimmed">
            Acknowledged by {c.acknowledged.by.name}, {formatDateTime(c.acknowledged.at)}
            {c.acknowledged.note ? `: “${c.acknowledged.note}”` : ''}
          </Text>
        ) : null}
      </Stack>
    </Group>
  );
}

/** Other launches and freeze windows around the effective date; each must be acknowledged before approval. */
export function ConflictsCard({ cr }: { cr: CrDetail }) {
  const titleId = useId();
  const query = useCrConflicts(cr.id, true);
  const acknowledge = useAcknowledgeConflicts(cr.id);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');

  // A server without the conflict check (older build) has no such route: the card stays away.
  if (query.isError && isApiError(query.error) && query.error.is('ROUTE_NOT_FOUND')) return null;
  let body;
  if (query.isPending)
    body = (
      <Stack gap="xs" role="status" aria-label="Checking for conflicts">
        <Skeleton height={14} />
        <Skeleton height={14} />
      </Stack>
    );
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />;
  else if (query.data.effectiveDate === null)
    body = (
      <Text size="sm" c="dimmed">
        Set an effective date to check for other launches and freeze windows around it.
      </Text>
    );
  else if (query.data.items.length === 0)
    body = (
      <Text size="sm" c="dimmed">
        No other launch touches this policy, its surfaces or markets within {query.data.windowDays} days of{' '}
        {formatDate(query.data.effectiveDate)}, and no freeze window covers it.
      </Text>
    );
  else {
    const data = query.data;
    const open = data.items.filter((c) => !c.acknowledged);
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Within {data.windowDays} days of {formatDate(data.effectiveDate!)}.{' '}
          {open.length > 0
            ? `${open.length} to acknowledge before the change request leaves Approval.`
            : 'All acknowledged.'}
        </Text>
        {data.items.map((c) => (
          <ConflictRow
            key={c.key}
            c={c}
            selectable={data.abilities.acknowledge && cr.abilities.acknowledgeConflicts}
            selected={selected.has(c.key)}
            onToggle={() =>
              setSelected((prev) => {
                const next = new Set(prev);
                if (next.has(c.key)) next.delete(c.key);
                else next.add(c.key);
                return next;
              })
            }
          />
        ))}
        {data.abilities.acknowledge && cr.abilities.acknowledgeConflicts && open.length > 0 ? (
          <Group>
            <Button
              variant="default"
              disabled={selected.size === 0}
              onClick={() => {
                setNote('');
                setAsking(true);
              }}
            >
              Acknowledge {selected.size > 0 ? selected.size : ''} selected
            </Button>
            <Button variant="subtle" onClick={() => setSelected(new Set(open.map((c) => c.key)))}>
              Select all
            </Button>
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId} mb="xs">
        Conflict check
      </Title>
      {body}
      <Modal opened={asking} onClose={() => setAsking(false)} title="Acknowledge conflicts">
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            acknowledge.mutate(
              { version: cr.version, keys: [...selected], note: note.trim() },
              {
                onSuccess: () => {
                  notifySuccess('Conflicts acknowledged');
                  setSelected(new Set());
                  setAsking(false);
                },
                onError: (error) => {
                  setAsking(false);
                  if (handleCrConflict(error)) return;
                  if (isApiError(error) && error.status === 409) void query.refetch();
                  notifyError(error);
                },
              },
            );
          }}
        >
          <Stack>
            <Alert color="orange" variant="light">
              You confirm that launching alongside {selected.size === 1 ? 'this' : `these ${selected.size}`} is
              acceptable. Your name and the time are recorded.
            </Alert>
            <Textarea
              label="Note"
              description="Why it is acceptable (optional)"
              autosize
              minRows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={acknowledge.isPending}>
                Acknowledge
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
