import { Badge, Button, Group, Paper, SegmentedControl, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconMailForward, IconUserPlus } from '@tabler/icons-react';
import { INVITATION_STATES } from '@policyops/contracts';
import type { Invitation } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { RelativeTime } from '../../ui/RelativeTime';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { RoleBadge } from './badges';
import { useInvitations, useRevokeInvitation } from './useInvitations';

type InvitationState = Invitation['state'];
type StateFilter = InvitationState | 'all';

const STATE_LABELS: Record<InvitationState, string> = {
  pending: 'Pending',
  accepted: 'Accepted',
  revoked: 'Revoked',
  expired: 'Expired',
};
const STATE_COLORS: Record<InvitationState, string> = {
  pending: 'blue',
  accepted: 'green',
  revoked: 'red',
  expired: 'gray',
};

function InvitationRow({ invitation, onRevoke }: { invitation: Invitation; onRevoke: (i: Invitation) => void }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {invitation.email}
        </Text>
        {invitation.name ? (
          <Text size="xs" c="dimmed">
            {invitation.name}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <RoleBadge role={invitation.role} />
      </Table.Td>
      <Table.Td>
        <Badge variant="dot" color={STATE_COLORS[invitation.state]}>
          {STATE_LABELS[invitation.state]}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{invitation.invitedBy?.name ?? 'System'}</Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" component="span">
          <RelativeTime value={invitation.createdAt} />
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" component="span">
          {invitation.state === 'accepted' ? (
            <>
              Accepted <RelativeTime value={invitation.acceptedAt} />
            </>
          ) : (
            <RelativeTime value={invitation.expiresAt} />
          )}
        </Text>
      </Table.Td>
      <Table.Td>
        {invitation.state === 'pending' ? (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            onClick={() => onRevoke(invitation)}
            aria-label={`Revoke invitation for ${invitation.email}`}
          >
            Revoke
          </Button>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}

/** Invitations of the workspace by state, with revoke for pending ones. */
export function InvitationsPanel({ onInvite }: { onInvite: () => void }) {
  const invitations = useInvitations();
  const revoke = useRevokeInvitation();
  const [filter, setFilter] = useState<StateFilter>('pending');
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const items = invitations.data?.items ?? [];
  const shown = filter === 'all' ? items : items.filter((i) => i.state === filter);
  const count = (state: InvitationState) => items.filter((i) => i.state === state).length;

  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => notifySuccess('Invitation revoked', `The link sent to ${revoking.email} no longer works.`),
      onError: (error) => notifyError(error),
      onSettled: () => setRevoking(null),
    });
  };

  let body;
  if (invitations.isPending) body = <TableSkeleton rows={4} label="Loading invitations" />;
  else if (invitations.isError)
    body = (
      <ErrorAlert
        error={invitations.error}
        onRetry={() => void invitations.refetch()}
        retrying={invitations.isRefetching}
      />
    );
  else if (shown.length === 0)
    body = (
      <EmptyState
        icon={<IconMailForward size={24} />}
        title={filter === 'all' ? 'No invitations yet' : `No ${STATE_LABELS[filter].toLowerCase()} invitations`}
        description="Invite someone and share the one-time link with them."
        action={
          <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={onInvite}>
            Invite person
          </Button>
        }
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={820}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Invitee</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Invited by</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Expires</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((invitation) => (
              <InvitationRow key={invitation.id} invitation={invitation} onRevoke={setRevoking} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <Stack gap="md">
      <Group>
        <SegmentedControl
          aria-label="Show invitations"
          value={filter}
          onChange={(value) => setFilter(value as StateFilter)}
          data={[
            ...INVITATION_STATES.map((state) => ({
              value: state,
              label: invitations.data ? `${STATE_LABELS[state]} (${count(state)})` : STATE_LABELS[state],
            })),
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      <Paper withBorder p="md">
        {body}
      </Paper>
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        onConfirm={confirmRevoke}
        loading={revoke.isPending}
        danger
        title="Revoke invitation?"
        confirmLabel="Revoke"
      >
        The link sent to <strong>{revoking?.email}</strong> will stop working. You can invite them again later.
      </ConfirmModal>
    </Stack>
  );
}
