import { Badge, Button, Group, Paper, Switch, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import type { AdoptionAudience } from '@policyops/contracts';
import { useState } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { AudienceFormModal } from './AudienceFormModal';
import { AUDIENCE_KIND_LABELS } from './adoption-labels';
import { handleAdoptionConflict, useAudienceDirectory, useUpdateAudience } from './adoption-queries';

/** The workspace's audiences (sites, vendor teams, regional teams) that campaigns are sent to. */
export function AudienceDirectory() {
  const [showInactive, setShowInactive] = useState(false);
  const list = useAudienceDirectory(showInactive ? {} : { active: true });
  const update = useUpdateAudience();
  const [editing, setEditing] = useState<AdoptionAudience | 'new' | null>(null);
  const [deactivating, setDeactivating] = useState<AdoptionAudience | null>(null);
  const manage = list.data?.abilities.manage ?? false;

  const setActive = (audience: AdoptionAudience, active: boolean) =>
    update.mutate(
      { audienceId: audience.id, changes: { version: audience.version, active } },
      {
        onSuccess: (saved) => notifySuccess(active ? 'Audience reactivated' : 'Audience deactivated', saved.name),
        onError: (error) => {
          if (!handleAdoptionConflict(error)) notifyError(error);
        },
        onSettled: () => setDeactivating(null),
      },
    );

  const newButton = manage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
      New audience
    </Button>
  ) : null;

  let body;
  if (list.isPending) body = <TableSkeleton label="Loading audiences" />;
  else if (list.isError)
    body = <ErrorAlert error={list.error} onRetry={() => void list.refetch()} retrying={list.isRefetching} />;
  else if (list.data.items.length === 0)
    body = (
      <EmptyState
        icon={<IconUsersGroup size={24} />}
        title={showInactive ? 'No audiences yet' : 'No active audiences'}
        description="Add the moderation sites, vendor teams and regional teams that apply your policies; campaigns copy them with their headcount and contact."
        action={newButton}
      />
    );
  else
    body = (
      <Table.ScrollContainer minWidth={680}>
        <Table aria-label="Audiences" verticalSpacing="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th ta="right">Headcount</Table.Th>
              <Table.Th>Contact</Table.Th>
              <Table.Th>Status</Table.Th>
              {manage ? (
                <Table.Th w={200}>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.data.items.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {a.name}
                  </Text>
                </Table.Td>
                <Table.Td>{AUDIENCE_KIND_LABELS[a.kind]}</Table.Td>
                <Table.Td ta="right">{a.headcount.toLocaleString()}</Table.Td>
                <Table.Td>{a.contactEmail}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.active ? 'teal' : 'gray'}>
                    {a.active ? 'Active' : 'Inactive'}
                  </Badge>
                </Table.Td>
                {manage ? (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(a)} aria-label={`Edit ${a.name}`}>
                        Edit
                      </Button>
                      {a.active ? (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeactivating(a)}
                          aria-label={`Deactivate ${a.name}`}
                        >
                          Deactivate
                        </Button>
                      ) : (
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setActive(a, true)}
                          loading={update.isPending && update.variables?.audienceId === a.id}
                          aria-label={`Reactivate ${a.name}`}
                        >
                          Reactivate
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );

  return (
    <>
      <PageHeader
        title="Adoption audiences"
        description="The moderation sites, vendor teams and regional teams that must adopt policy changes: their headcount, and the contact who gets reminders. A new campaign starts from the active ones."
        actions={newButton}
      />
      <Paper withBorder p="md">
        <Group justify="flex-end" mb="sm">
          <Switch
            label="Show inactive audiences"
            checked={showInactive}
            onChange={(event) => setShowInactive(event.currentTarget.checked)}
          />
        </Group>
        {body}
      </Paper>
      {editing ? (
        <AudienceFormModal
          key={editing === 'new' ? 'new' : editing.id}
          audience={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmModal
        opened={deactivating !== null}
        onClose={() => setDeactivating(null)}
        onConfirm={() => deactivating && setActive(deactivating, false)}
        title="Deactivate this audience?"
        confirmLabel="Deactivate"
        danger
        loading={update.isPending}
      >
        {deactivating
          ? `${deactivating.name} will not be offered for new campaigns. Campaigns that already include it keep it.`
          : null}
      </ConfirmModal>
    </>
  );
}
