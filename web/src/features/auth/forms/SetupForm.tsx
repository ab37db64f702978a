import { Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { SetupRequestSchema } from '@policyops/contracts';
import type { SetupRequest } from '@policyops/contracts';
import { applyErrorToForm } from '../../../lib/problem-feedback';
import { PasswordStrengthInput } from '../../../ui/PasswordStrengthInput';
import { useCompleteSetup } from '../useAuthMutations';

/** Creates the first admin of a fresh workspace and signs them in. */
export function SetupForm({ onDone }: { onDone: () => void }) {
  const setup = useCompleteSetup();
  const form = useForm<SetupRequest>({
    initialValues: { name: '', email: '', password: '' },
    validate: schemaResolver(SetupRequestSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) => {
    setup.mutate(values, { onSuccess: onDone, onError: (error) => applyErrorToForm(form, error) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps('name')} />
        <TextInput label="E-mail" type="email" autoComplete="email" required {...form.getInputProps('email')} />
        <PasswordStrengthInput
          label="Password"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
          value={form.values.password}
        />
        <Button type="submit" fullWidth loading={setup.isPending}>
          Create admin account
        </Button>
      </Stack>
    </form>
  );
}
