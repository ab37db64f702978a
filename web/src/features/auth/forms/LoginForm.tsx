import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { LoginRequestSchema } from '@policyops/contracts';
import type { LoginRequest } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { applyErrorToForm } from '../../../lib/problem-feedback';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLogin } from '../useAuthMutations';

export interface LoginFormProps {
  onSignedIn: () => void;
}

/** E-mail + password sign-in. Wrong credentials, lock-outs (423) and rate limits (429) show above the form. */
export function LoginForm({ onSignedIn }: LoginFormProps) {
  const login = useLogin();
  const [problem, setProblem] = useState<unknown>(null);
  const form = useForm<LoginRequest>({
    initialValues: { email: '', password: '' },
    validate: schemaResolver(LoginRequestSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) => {
    setProblem(null);
    login.mutate(values, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (isApiError(error) && error.errors.length > 0) applyErrorToForm(form, error);
        else setProblem(error);
        form.setFieldValue('password', '');
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem ? <ErrorAlert error={problem} /> : null}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="username"
          required
          data-autofocus
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordInput label="Password" autoComplete="current-password" required {...form.getInputProps('password')} />
        <Button type="submit" fullWidth loading={login.isPending}>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
