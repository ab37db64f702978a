import { Badge, Button, Group, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconDeviceDesktop, IconLogout } from '@tabler/icons-react';
import type { SessionSummary } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { useMySessions, useRevokeOtherSessions, useRevokeSession } from './useAccount';
import { describeUserAgent } from './user-agent';

/** Where you are signed in; revoke one session or every other one. */
export function SessionsPanel() {
  const sessions = useMySessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const [confirmOthers, setConfirmOthers] = useState(false);
  const items = [...(sessions.data?.items ?? [])].sort((a, b) => Number(b.current) - Number(a.current));
  const others = items.filter((s) => !s.current).length;

  const revokeOne = (session: SessionSummary) =>
    revoke.mutate(session.id, {
      onSuccess: () => notifySuccess('Session revoked', `${describeUserAgent(session.userAgent)} is signed out.`),
      onError: (error) => notifyError(error),
    });

  const signOutOthers = () =>
    revokeOthers.mutate(undefined, {
      onSuccess: (result) =>
        notifySuccess(
          'Signed out of other sessions',
          `${result?.revoked ?? 0} session${result?.revoked === 1 ? '' : 's'} revoked.`,
        ),
      onError: (error) => notifyError(error),
      onSettled: () => setConfirmOthers(false),
    });

  let body;
  if (sessions.isPending) body = <TableSkeleton rows={3} label="Loading sessions" />;
  else if (sessions.isError)
    body = (
      <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} retrying={sessions.isRefetching} />
    );
  else if (items.length === 0) body = <EmptyState icon={<IconDeviceDesktop size={24} />} title="No active sessions" />;
  else
    body = (
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th>Address</Table.Th>
              <Table.Th>Signed in</Table.Th>
              <Table.Th>Last active</Table.Th>
              <Table.Th w={110}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500} title={session.userAgent ?? undefined}>
                      {describeUserAgent(session.userAgent)}
                    </Text>
                    {session.current ? (
                      <Badge variant="light" color="green">
                        This device
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {session.ip ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={session.createdAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" component="span">
                    <RelativeTime value={session.lastSeenAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  {session.current ? null : (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => revokeOne(session)}
                      loading={revoke.isPending && revoke.variables === session.id}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c="dimmed" maw={560}>
          Sessions end after 14 days without activity, and at most 30 days after signing in.
        </Text>
        <Button
          variant="default"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => setConfirmOthers(true)}
          disabled={others === 0}
        >
          Sign out of all other sessions
        </Button>
      </Group>
      <Paper withBorder p="md">
        {body}
      </Paper>
      <ConfirmModal
        opened={confirmOthers}
        onClose={() => setConfirmOthers(false)}
        onConfirm={signOutOthers}
        loading={revokeOthers.isPending}
        danger
        title="Sign out of all other sessions?"
        confirmLabel="Sign out others"
      >
        Every other browser and device signed in to your account is signed out. This one stays signed in.
      </ConfirmModal>
    </Stack>
  );
}
