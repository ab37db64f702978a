import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { AdoptionAudience, AudienceKind } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { AudienceKindAndHeadcount } from './AudienceFields';
import { handleAdoptionConflict, useCreateAudience, useUpdateAudience } from './adoption-queries';

interface Values {
  name: string;
  kind: AudienceKind;
  headcount: number | string;
  contactEmail: string;
  active: boolean;
}

/** Creates a directory audience or edits one (with the version read). */
export function AudienceFormModal({ audience, onClose }: { audience?: AdoptionAudience; onClose(): void }) {
  const create = useCreateAudience();
  const update = useUpdateAudience();
  const form = useForm<Values>({
    initialValues: {
      name: audience?.name ?? '',
      kind: audience?.kind ?? 'site',
      headcount: audience?.headcount ?? '',
      contactEmail: audience?.contactEmail ?? '',
      active: audience?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      headcount: (v) => (typeof v === 'number' && v >= 1 ? null : 'Enter the number of people'),
      contactEmail: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter an e-mail address'),
    },
  });
  const submit = form.onSubmit((v) => {
    const fields = {
      name: v.name.trim(),
      kind: v.kind,
      headcount: Number(v.headcount),
      contactEmail: v.contactEmail.trim(),
      active: v.active,
    };
    if (!audience)
      return create.mutate(fields, {
        onSuccess: (saved) => {
          notifySuccess('Audience created', saved.name);
          onClose();
        },
        onError: (error) => applyErrorToForm(form, error),
      });
    update.mutate(
      { audienceId: audience.id, changes: { version: audience.version, ...fields } },
      {
        onSuccess: (saved) => {
          notifySuccess('Audience saved', saved.name);
          onClose();
        },
        onError: (error) => {
          if (handleAdoptionConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={audience ? `Edit ${audience.name}` : 'New audience'} size="lg">
      <form onSubmit={submit} noValidate aria-label={audience ? 'Edit audience' : 'New audience'}>
        <Stack>
          <TextInput
            label="Name"
            required
            data-autofocus
            placeholder="Lisbon moderation site"
            {...form.getInputProps('name')}
          />
          <AudienceKindAndHeadcount kind={form.getInputProps('kind')} headcount={form.getInputProps('headcount')} />
          <TextInput
            label="Contact e-mail"
            description="Reminders for this audience go here"
            type="email"
            required
            {...form.getInputProps('contactEmail')}
          />
          <Switch
            label="Active"
            description="Inactive audiences are not offered for new campaigns"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {audience ? 'Save audience' : 'Create audience'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
