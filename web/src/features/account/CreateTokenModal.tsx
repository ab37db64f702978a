import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ApiTokenCreateSchema } from '@policyops/contracts';
import type { ApiTokenCreated } from '@policyops/contracts';
import { applyErrorToForm } from '../../lib/problem-feedback';
import { useCreateApiToken } from './useAccount';

const EXPIRY_OPTIONS = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days' },
  { value: '366', label: '1 year' },
  { value: 'never', label: 'Never' },
];

export interface CreateTokenModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: ApiTokenCreated) => void;
}

/** Names a new personal API token and picks when it expires. */
export function CreateTokenModal({ opened, onClose, onCreated }: CreateTokenModalProps) {
  const create = useCreateApiToken();
  const form = useForm({
    initialValues: { name: '', expiresInDays: '90' },
    validate: {
      name: (value) => {
        const result = ApiTokenCreateSchema.shape.name.safeParse(value);
        return result.success ? null : (result.error.issues[0]?.message ?? 'Name the token');
      },
    },
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const expiresInDays = values.expiresInDays === 'never' ? null : Number(values.expiresInDays);
    create.mutate(
      { name: values.name.trim(), expiresInDays },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created);
        },
        onError: (error) => applyErrorToForm(form, error),
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title="New API token">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Token name"
            description="What it is for, e.g. “Metrics import job”"
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label="Expires after"
            data={EXPIRY_OPTIONS}
            allowDeselect={false}
            {...form.getInputProps('expiresInDays')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
