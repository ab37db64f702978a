import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { PolicyAreaCreateSchema } from '@policyops/contracts';
import type { PolicyArea } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { areaOptions } from './policy-labels';
import { useCreatePolicyArea } from './usePolicyMutations';
import { usePolicyAreas } from './usePolicies';

interface AreaFormValues {
  name: string;
  parentId: string | null;
  description: string;
}

export interface AreaFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Pre-selected parent (the area being browsed). */
  defaultParentId?: string;
  onCreated?: (area: PolicyArea) => void;
}

/** Adds an area to the taxonomy, at the top or under another area. */
export function AreaFormModal({ opened, onClose, defaultParentId, onCreated }: AreaFormModalProps) {
  const create = useCreatePolicyArea();
  const areas = usePolicyAreas({ enabled: opened });
  const form = useForm<AreaFormValues>({
    initialValues: { name: '', parentId: defaultParentId ?? null, description: '' },
    validate: schemaResolver(PolicyAreaCreateSchema, { sync: true }),
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) =>
    create.mutate(values, {
      onSuccess: (area) => {
        notifySuccess('Area created', area.name);
        close();
        onCreated?.(area);
      },
      onError: (error) => applyErrorToForm(form, error),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title="New area" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            placeholder="e.g. Hate Speech"
            {...form.getInputProps('name')}
          />
          <Select
            label="Parent area"
            description="Leave empty for a top-level area"
            placeholder={areas.isPending ? 'Loading areas…' : 'None (top level)'}
            data={areaOptions(areas.data?.items ?? [])}
            searchable
            clearable
            nothingFoundMessage="No area matches"
            {...form.getInputProps('parentId')}
          />
          <Textarea label="Description" autosize minRows={3} maxRows={8} {...form.getInputProps('description')} />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create area
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
