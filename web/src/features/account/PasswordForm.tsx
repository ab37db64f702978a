import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { PasswordChangeSchema } from '@policyops/contracts';
import type { PasswordChange } from '@policyops/contracts';
import { isApiError } from '../../lib/api';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { PasswordStrengthInput } from '../../ui/PasswordStrengthInput';
import { useChangePassword } from './useAccount';

/** Current + new password. A wrong current password shows next to its field. */
export function PasswordForm() {
  const change = useChangePassword();
  const form = useForm<PasswordChange>({
    initialValues: { currentPassword: '', newPassword: '' },
    validate: schemaResolver(PasswordChangeSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) => {
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifySuccess('Password changed', 'Use your new password the next time you sign in.');
      },
      onError: (error) => {
        const wrongCurrent =
          isApiError(error) &&
          error.errors.length === 0 &&
          (error.is('INVALID_CREDENTIALS') || error.is('VALIDATION_FAILED') || error.is('BAD_REQUEST'));
        if (wrongCurrent) {
          form.setFieldError('currentPassword', error.detail ?? 'The current password is incorrect');
          return;
        }
        applyErrorToForm(form, error);
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={480}>
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordStrengthInput
          label="New password"
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
          value={form.values.newPassword}
        />
        <Group>
          <Button type="submit" loading={change.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
