import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowUp,
  IconCheck,
  IconLayoutRows,
  IconPencil,
  IconPlus,
  IconTrash,
  IconX,
} from '@tabler/icons-react';
import type { Surface } from '@policyops/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { notifySuccess } from '../../lib/problem-feedback';
import { ConfirmModal } from '../../ui/ConfirmModal';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { TableSkeleton } from '../../ui/TableSkeleton';
import { RefusalAlert, useRefusal } from './RefusalAlert';
import {
  refusalMessage,
  useCreateSurface,
  useDeleteSurface,
  useReorderSurfaces,
  useUpdateSurface,
} from './useApplicability';

export interface SurfacesCardProps {
  surfaces: Surface[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The rows of every grid: add, rename in place, move up and down, delete when unused. */
export function SurfacesCard({ surfaces: unsorted, loading, error, onRetry }: SurfacesCardProps) {
  const create = useCreateSurface();
  const update = useUpdateSurface();
  const reorder = useReorderSurfaces();
  const remove = useDeleteSurface();
  const [newName, setNewName] = useState('');
  const [newError, setNewError] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<{ id: string; name: string; error: string | null } | null>(null);
  const [deleting, setDeleting] = useState<Surface | null>(null);
  const { problem, refused, clear } = useRefusal();
  const surfaces = [...(unsorted ?? [])].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));

  const add = (event: FormEvent) => {
    event.preventDefault();
    const name = newName.trim();
    if (!name) return setNewError('Give the surface a name');
    create.mutate(
      { name },
      {
        onSuccess: () => {
          setNewName('');
          setNewError(null);
          notifySuccess('Surface added', name);
        },
        onError: (e) => setNewError(refusalMessage(e)),
      },
    );
  };

  const rename = (event: FormEvent, surface: Surface) => {
    event.preventDefault();
    if (!renaming) return;
    const name = renaming.name.trim();
    if (!name) return setRenaming({ ...renaming, error: 'Give the surface a name' });
    if (name === surface.name) return setRenaming(null);
    update.mutate(
      { id: surface.id, changes: { version: surface.version, name } },
      {
        onSuccess: () => setRenaming(null),
        onError: (e) => {
          const message = refusalMessage(e);
          if (message) setRenaming({ ...renaming, error: message });
          else setRenaming(null);
        },
      },
    );
  };

  const move = (index: number, by: -1 | 1) => {
    const ordered = [...surfaces];
    const [moved] = ordered.splice(index, 1);
    ordered.splice(index + by, 0, moved!);
    clear();
    reorder.mutate(ordered, { onError: refused('Not moved') });
  };

  const confirmDelete = () => {
    if (!deleting) return;
    const surface = deleting;
    remove.mutate(
      { id: surface.id, version: surface.version },
      {
        onSuccess: () => notifySuccess('Surface deleted', surface.name),
        onError: refused(`${surface.name} was not deleted`),
        onSettled: () => setDeleting(null),
      },
    );
  };

  let body;
  if (loading) {
    body = <TableSkeleton rows={5} label="Loading surfaces" />;
  } else if (error) {
    body = <ErrorAlert error={error} onRetry={onRetry} />;
  } else if (surfaces.length === 0) {
    body = (
      <EmptyState
        icon={<IconLayoutRows size={24} />}
        title="No surfaces yet"
        description="Add the product surfaces your policies apply to: feed videos, LIVE, comments…"
      />
    );
  } else {
    body = (
      <Stack component="ol" gap={0} m={0} p={0} style={{ listStyle: 'none' }} aria-label="Surfaces, in grid order">
        {surfaces.map((surface, index) => (
          <Group
            key={surface.id}
            component="li"
            justify="space-between"
            gap="xs"
            py={6}
            wrap="nowrap"
            style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
          >
            {renaming?.id === surface.id ? (
              <form onSubmit={(event) => rename(event, surface)} style={{ flex: 1 }} noValidate>
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <TextInput
                    aria-label={`New name for ${surface.name}`}
                    value={renaming.name}
                    onChange={(event) => setRenaming({ ...renaming, name: event.currentTarget.value, error: null })}
                    onKeyDown={(event) => event.key === 'Escape' && setRenaming(null)}
                    error={renaming.error}
                    maxLength={80}
                    size="xs"
                    style={{ flex: 1 }}
                    data-autofocus
                    autoFocus
                  />
                  <ActionIcon
                    type="submit"
                    variant="filled"
                    size="md"
                    aria-label={`Save the new name of ${surface.name}`}
                    loading={update.isPending}
                  >
                    <IconCheck size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="default"
                    size="md"
                    aria-label="Cancel renaming"
                    onClick={() => setRenaming(null)}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </form>
            ) : (
              <>
                <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {surface.name}
                </Text>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${surface.name} up`}
                    disabled={index === 0 || reorder.isPending}
                    onClick={() => move(index, -1)}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Move ${surface.name} down`}
                    disabled={index === surfaces.length - 1 || reorder.isPending}
                    onClick={() => move(index, 1)}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={`Rename ${surface.name}`}
                    onClick={() => setRenaming({ id: surface.id, name: surface.name, error: null })}
                  >
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`Delete ${surface.name}`}
                    onClick={() => setDeleting(surface)}
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                </Group>
              </>
            )}
          </Group>
        ))}
      </Stack>
    );
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="surfaces-heading">
      <Stack gap="md">
        <div>
          <Title order={2} id="surfaces-heading">
            Product surfaces
          </Title>
          <Text size="sm" c="dimmed">
            The rows of every applicability grid, in this order.
          </Text>
        </div>
        <RefusalAlert problem={problem} onDismiss={clear} />
        {body}
        <form onSubmit={add} noValidate>
          <Group gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              label="New surface"
              placeholder="e.g. Stories"
              value={newName}
              onChange={(event) => {
                setNewName(event.currentTarget.value);
                setNewError(null);
              }}
              error={newError}
              maxLength={80}
              style={{ flex: 1 }}
              disabled={Boolean(error) || loading}
            />
            <Button
              type="submit"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              loading={create.isPending}
              disabled={Boolean(error) || loading}
              mb={newError ? 22 : 0}
            >
              Add surface
            </Button>
          </Group>
        </form>
      </Stack>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        onConfirm={confirmDelete}
        loading={remove.isPending}
        danger
        title={`Delete ${deleting?.name ?? 'surface'}?`}
        confirmLabel="Delete surface"
      >
        It disappears from every grid. A surface that a policy still uses cannot be deleted: clear those cells first.
      </ConfirmModal>
    </Paper>
  );
}
