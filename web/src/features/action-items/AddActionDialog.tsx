import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { useCreateActionItem, useOwnerSearch } from './action-item-queries';

export interface AddActionDialogProps {
  opened: boolean;
  onClose: () => void;
  /** Who owns it unless changed (e.g. me on "My actions"). */
  defaultOwner?: { id: string; name: string };
  /** For an action of a working group (its page embeds the dialog). */
  workingGroupId?: string;
}

interface Values {
  title: string;
  ownerId: string;
  dueDate: string;
  notes: string;
}

/** "Add action": title, owner from the stakeholder directory, optional due date and notes. */
export function AddActionDialog({ opened, onClose, defaultOwner, workingGroupId }: AddActionDialogProps) {
  const create = useCreateActionItem();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const people = useOwnerSearch(debounced);
  const form = useForm<Values>({
    initialValues: { title: '', ownerId: defaultOwner?.id ?? '', dueDate: '', notes: '' },
    validate: {
      title: (v) => (v.trim() ? null : 'Enter a title'),
      ownerId: (v) => (v ? null : 'Pick an owner'),
    },
  });
  const options = new Map<string, string>();
  if (defaultOwner) options.set(defaultOwner.id, defaultOwner.name);
  for (const p of people.data?.items ?? []) options.set(p.id, p.name);

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    create.mutate(
      {
        title: values.title,
        ownerId: values.ownerId,
        dueDate: values.dueDate || null,
        notes: values.notes,
        ...(workingGroupId ? { workingGroupId } : {}),
      },
      {
        onSuccess: (action) => {
          notifySuccess('Action added', `“${action.title}” is on ${action.owner?.name ?? 'its owner'}’s list.`);
          close();
        },
        onError: (error) => applyErrorToForm(form, error),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title="Add action">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Title" required data-autofocus maxLength={300} {...form.getInputProps('title')} />
          <Select
            label="Owner"
            description="Anyone in the stakeholder directory, with or without an account"
            required
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            nothingFoundMessage={people.isFetching ? 'Searching…' : 'No one found'}
            data={[...options].map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('ownerId')}
          />
          <TextInput label="Due date" type="date" {...form.getInputProps('dueDate')} />
          <Textarea label="Notes" autosize minRows={2} maxLength={10_000} {...form.getInputProps('notes')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add action
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
