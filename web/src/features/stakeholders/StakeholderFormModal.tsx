import {
  Autocomplete,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import {
  STAKEHOLDER_REGION_SUGGESTIONS,
  TEAM_FUNCTIONS,
  TEAM_FUNCTION_LABELS,
  type Stakeholder,
  type TeamFunction,
} from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { handleStakeholderConflict, useCreateContact, useUpdateStakeholder } from './stakeholder-queries';

export const FUNCTION_OPTIONS = TEAM_FUNCTIONS.map((value) => ({ value, label: TEAM_FUNCTION_LABELS[value] }));

interface Values {
  name: string;
  email: string;
  function: string | null;
  region: string;
  team: string;
  organisation: string;
  title: string;
  notes: string;
  active: boolean;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * Adds a contact, or edits an entry (with the version read). An account's name and e-mail follow
 * the account, so they are shown but not editable here.
 */
export function StakeholderFormModal({ stakeholder, onClose }: { stakeholder?: Stakeholder; onClose(): void }) {
  const create = useCreateContact();
  const update = useUpdateStakeholder();
  const isAccount = stakeholder?.kind === 'account';
  const form = useForm<Values>({
    initialValues: {
      name: stakeholder?.name ?? '',
      email: stakeholder?.email ?? '',
      function: stakeholder?.function ?? null,
      region: stakeholder?.region ?? '',
      team: stakeholder?.team ?? '',
      organisation: stakeholder?.organisation ?? '',
      title: stakeholder?.title ?? '',
      notes: stakeholder?.notes ?? '',
      active: stakeholder?.active ?? true,
    },
    validate: {
      name: (v) => (isAccount || v.trim() ? null : 'Enter a name'),
      email: (v) =>
        isAccount || v.trim() === '' || /^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Enter a valid e-mail address',
    },
  });
  const submit = form.onSubmit((v) => {
    const profile = {
      function: (v.function as TeamFunction | null) ?? null,
      region: orNull(v.region),
      team: orNull(v.team),
      organisation: orNull(v.organisation),
      title: orNull(v.title),
      notes: v.notes,
    };
    const contactFields = { name: v.name.trim(), email: orNull(v.email) };
    if (!stakeholder)
      return create.mutate(
        { ...contactFields, ...profile },
        {
          onSuccess: (saved) => {
            notifySuccess('Contact added', saved.name);
            onClose();
          },
          onError: (error) => applyErrorToForm(form, error),
        },
      );
    update.mutate(
      {
        id: stakeholder.id,
        changes: {
          version: stakeholder.version,
          ...profile,
          ...(isAccount ? {} : { ...contactFields, active: v.active }),
        },
      },
      {
        onSuccess: (saved) => {
          notifySuccess('Saved', saved.name);
          onClose();
        },
        onError: (error) => {
          if (handleStakeholderConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });
  const title = stakeholder ? `Edit ${stakeholder.name}` : 'Add contact';
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit} noValidate aria-label={title}>
        <Stack>
          {isAccount ? (
            <Text size="sm" c="dimmed">
              {stakeholder.name} has an account: their name and e-mail come from it. Function and team follow their
              first team until you change them here.
            </Text>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Name"
              required={!isAccount}
              disabled={isAccount}
              data-autofocus
              {...form.getInputProps('name')}
            />
            <TextInput
              label="E-mail"
              type="email"
              disabled={isAccount}
              description={isAccount ? undefined : 'Optional; unique among contacts'}
              {...form.getInputProps('email')}
            />
            <Select
              label="Function"
              placeholder="Not set"
              data={FUNCTION_OPTIONS}
              clearable
              {...form.getInputProps('function')}
            />
            <Autocomplete
              label="Region"
              placeholder="e.g. EMEA"
              data={[...STAKEHOLDER_REGION_SUGGESTIONS]}
              {...form.getInputProps('region')}
            />
            <TextInput label="Team" placeholder="e.g. DSA counsel" {...form.getInputProps('team')} />
            <TextInput
              label="Organisation"
              placeholder="e.g. an outside firm or vendor"
              {...form.getInputProps('organisation')}
            />
          </SimpleGrid>
          <TextInput label="Title or role" placeholder="e.g. Outside counsel (DSA)" {...form.getInputProps('title')} />
          <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
          {stakeholder && !isAccount ? (
            <Switch
              label="Active"
              description="Deactivated contacts stay on the records that name them but are not offered in pickers"
              {...form.getInputProps('active', { type: 'checkbox' })}
            />
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {stakeholder ? 'Save' : 'Add contact'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
