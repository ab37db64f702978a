import { Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { ProfileUpdateSchema, ROLE_LABELS } from '@policyops/contracts';
import { isApiError } from '../../lib/api';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { notifications } from '@mantine/notifications';
import { useSession } from '../auth';
import { useUpdateProfile } from './useAccount';

const NameSchema = ProfileUpdateSchema.pick({ name: true });

/** Your display name (sent with the version the session carries). */
export function ProfileForm() {
  const { user } = useSession();
  const update = useUpdateProfile();
  const form = useForm({
    initialValues: { name: user.name },
    validate: schemaResolver(NameSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) => {
    update.mutate(
      { version: user.version, name: values.name },
      {
        onSuccess: () => {
          form.resetDirty(values);
          notifySuccess('Profile saved');
        },
        onError: (error) => {
          if (isApiError(error) && error.is('VERSION_CONFLICT')) {
            notifications.show({
              color: 'orange',
              title: 'Your profile changed elsewhere; reloaded',
              message: 'Check the name and save again.',
            });
            return;
          }
          applyErrorToForm(form, error);
        },
      },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <TextInput label="Name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label="E-mail"
          value={user.email}
          readOnly
          description="Ask an admin to change your sign-in address"
        />
        <TextInput label="Role" value={ROLE_LABELS[user.role]} readOnly />
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            Save profile
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
