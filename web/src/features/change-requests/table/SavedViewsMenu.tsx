import { Button, Checkbox, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconBookmark, IconCheck, IconDeviceFloppy, IconPencil, IconTrash, IconUsers } from '@tabler/icons-react';
import type { SavedView } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { applyErrorToForm, notifyError, notifySuccess, type ErrorTargetForm } from '../../../lib/problem-feedback';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import type { CrSearch } from '../cr-search';
import { isViewActive, searchOfView, viewQueryOf } from '../list/cr-list-helpers';
import { useCreateSavedView, useCrSavedViews, useDeleteSavedView, useUpdateSavedView } from '../list/cr-list-queries';

type Dialog = { kind: 'save' } | { kind: 'rename'; view: SavedView } | { kind: 'delete'; view: SavedView } | null;

function conflictNote(error: unknown): boolean {
  if (isApiError(error) && error.is('VERSION_CONFLICT')) {
    notifyError(error);
    return true;
  }
  return false;
}

function ViewNameModal({
  title,
  initial,
  withShare,
  submitLabel,
  loading,
  onClose,
  onSubmit,
}: {
  title: string;
  initial: { name: string; shared: boolean };
  withShare: boolean;
  submitLabel: string;
  loading: boolean;
  onClose: () => void;
  onSubmit: (values: { name: string; shared: boolean }, form: ErrorTargetForm) => void;
}) {
  const form = useForm({
    initialValues: initial,
    validate: { name: (v) => (v.trim() ? null : 'Give the view a name') },
  });
  return (
    <Modal opened onClose={onClose} title={title}>
      <form onSubmit={form.onSubmit((values) => onSubmit(values, form))} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus maxLength={80} {...form.getInputProps('name')} />
          {withShare ? (
            <Checkbox
              label="Share with the workspace"
              description="Everyone sees it in their views menu; only you can change or delete it."
              {...form.getInputProps('shared', { type: 'checkbox' })}
            />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Saved views of the table: pick one, save the current filters, rename, share or delete one's own. */
export function SavedViewsMenu({ search, onApply }: { search: CrSearch; onApply: (search: CrSearch) => void }) {
  const views = useCrSavedViews();
  const create = useCreateSavedView();
  const update = useUpdateSavedView();
  const remove = useDeleteSavedView();
  const [dialog, setDialog] = useState<Dialog>(null);
  const items = views.data?.items ?? [];
  const mine = items.filter((v) => v.abilities.update);
  const shared = items.filter((v) => !v.abilities.update);
  const active = items.find((v) => isViewActive(search, v.query));

  const viewItem = (view: SavedView) => (
    <Menu.Item
      key={view.id}
      onClick={() => onApply(searchOfView(view.query))}
      leftSection={active?.id === view.id ? <IconCheck size={14} aria-hidden /> : <span style={{ width: 14 }} />}
      rightSection={view.shared ? <IconUsers size={14} aria-label="Shared" /> : null}
    >
      {view.name}
      {!view.abilities.update ? (
        <Text size="xs" c="dimmed">
          by {view.owner.name}
        </Text>
      ) : null}
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} aria-hidden />} loading={views.isPending}>
            {active ? `View: ${active.name}` : 'Saved views'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown miw={260}>
          {views.isError ? <Menu.Label>Views could not be loaded</Menu.Label> : null}
          <Menu.Label>My views</Menu.Label>
          {mine.length === 0 ? (
            <Text size="xs" c="dimmed" px="sm" py={4}>
              None yet: filter the table, then save it.
            </Text>
          ) : (
            mine.map(viewItem)
          )}
          {shared.length > 0 ? (
            <>
              <Menu.Label>Shared with the workspace</Menu.Label>
              {shared.map(viewItem)}
            </>
          ) : null}
          {views.data?.truncated ? <Menu.Label>Some views are not listed (over 200)</Menu.Label> : null}
          <Menu.Divider />
          <Menu.Item
            leftSection={<IconDeviceFloppy size={14} aria-hidden />}
            onClick={() => setDialog({ kind: 'save' })}
          >
            Save current filters as a view…
          </Menu.Item>
          {active?.abilities.update ? (
            <>
              <Menu.Item
                leftSection={<IconPencil size={14} aria-hidden />}
                onClick={() => setDialog({ kind: 'rename', view: active })}
              >
                Rename or share “{active.name}”…
              </Menu.Item>
              <Menu.Item
                color="red"
                leftSection={<IconTrash size={14} aria-hidden />}
                onClick={() => setDialog({ kind: 'delete', view: active })}
              >
                Delete “{active.name}”
              </Menu.Item>
            </>
          ) : null}
        </Menu.Dropdown>
      </Menu>
      {dialog?.kind === 'save' ? (
        <ViewNameModal
          title="Save the current filters"
          initial={{ name: '', shared: false }}
          withShare
          submitLabel="Save view"
          loading={create.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(values, form) =>
            create.mutate(
              { entity: 'change_requests', name: values.name, shared: values.shared, query: viewQueryOf(search) },
              {
                onSuccess: (view) => {
                  notifySuccess('View saved', view.name);
                  setDialog(null);
                },
                onError: (error) => applyErrorToForm(form, error),
              },
            )
          }
        />
      ) : null}
      {dialog?.kind === 'rename' ? (
        <ViewNameModal
          title={`Rename “${dialog.view.name}”`}
          initial={{ name: dialog.view.name, shared: dialog.view.shared }}
          withShare
          submitLabel="Save"
          loading={update.isPending}
          onClose={() => setDialog(null)}
          onSubmit={(values, form) =>
            update.mutate(
              { id: dialog.view.id, body: { version: dialog.view.version, name: values.name, shared: values.shared } },
              {
                onSuccess: () => setDialog(null),
                onError: (error) => {
                  if (conflictNote(error)) return setDialog(null);
                  applyErrorToForm(form, error);
                },
              },
            )
          }
        />
      ) : null}
      <ConfirmModal
        opened={dialog?.kind === 'delete'}
        onClose={() => setDialog(null)}
        title="Delete this view?"
        confirmLabel="Delete view"
        danger
        loading={remove.isPending}
        onConfirm={() => {
          if (dialog?.kind !== 'delete') return;
          remove.mutate(
            { id: dialog.view.id, version: dialog.view.version },
            { onSettled: () => setDialog(null), onError: (error) => notifyError(error) },
          );
        }}
      >
        {dialog?.kind === 'delete'
          ? `“${dialog.view.name}” is removed from your views${dialog.view.shared ? ' and from everyone it is shared with' : ''}. The change requests stay as they are.`
          : ''}
      </ConfirmModal>
    </>
  );
}
