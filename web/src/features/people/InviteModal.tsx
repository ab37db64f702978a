import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { InvitationCreateSchema } from '@policyops/contracts';
import type { InvitationCreated, Role } from '@policyops/contracts';
import { z } from 'zod';
import { applyErrorToForm } from '../../lib/problem-feedback';
import { useTeams } from '../teams';
import { ROLE_OPTIONS } from './ChangeRoleModal';
import { useCreateInvitation } from './useInvitations';

/** The form's own view of the contract: an empty name means "no suggested name"; days come from a select. */
const InviteFormSchema = InvitationCreateSchema.extend({
  name: z.string().trim().max(120, 'Use at most 120 characters'),
  expiresInDays: z.string(),
});

const EXPIRY_OPTIONS = [
  { value: '1', label: '1 day' },
  { value: '3', label: '3 days' },
  { value: '7', label: '7 days' },
  { value: '14', label: '14 days' },
  { value: '30', label: '30 days' },
];

interface InviteFormValues {
  email: string;
  name: string;
  role: Role;
  teamIds: string[];
  expiresInDays: string;
}

export interface InviteModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: InvitationCreated) => void;
}

/** Invites someone by e-mail with a role and teams; the result carries the one-time link. */
export function InviteModal({ opened, onClose, onCreated }: InviteModalProps) {
  const create = useCreateInvitation();
  const teams = useTeams(undefined, { enabled: opened });
  const form = useForm<InviteFormValues>({
    initialValues: { email: '', name: '', role: 'contributor', teamIds: [], expiresInDays: '7' },
    validate: schemaResolver(InviteFormSchema, { sync: true }),
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const name = values.name.trim();
    create.mutate(
      { ...values, name: name === '' ? undefined : name, expiresInDays: Number(values.expiresInDays) },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created);
        },
        onError: (error) => applyErrorToForm(form, error),
      },
    );
  });

  const teamOptions = (teams.data?.items ?? []).map((team) => ({ value: team.id, label: team.name }));

  return (
    <Modal opened={opened} onClose={close} title="Invite person" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="E-mail" type="email" required data-autofocus {...form.getInputProps('email')} />
          <TextInput
            label="Name"
            description="Optional; they can change it when they join"
            {...form.getInputProps('name')}
          />
          <Select label="Role" data={ROLE_OPTIONS} allowDeselect={false} required {...form.getInputProps('role')} />
          <MultiSelect
            label="Teams"
            description="They join these teams when they accept"
            placeholder={teamOptions.length ? 'Pick teams' : teams.isPending ? 'Loading teams…' : 'No teams yet'}
            data={teamOptions}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage="No team matches"
            {...form.getInputProps('teamIds')}
          />
          <Select
            label="Link valid for"
            data={EXPIRY_OPTIONS}
            allowDeselect={false}
            w={200}
            {...form.getInputProps('expiresInDays')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Create invitation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
