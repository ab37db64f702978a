import { Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { InvitationAcceptSchema } from '@policyops/contracts';
import type { InvitationPreview } from '@policyops/contracts';
import { applyErrorToForm } from '../../../lib/problem-feedback';
import { PasswordStrengthInput } from '../../../ui/PasswordStrengthInput';
import { useAcceptInvitation } from '../useAuthMutations';

const AcceptFormSchema = InvitationAcceptSchema.omit({ token: true });

export interface AcceptInvitationFormProps {
  token: string;
  preview: InvitationPreview;
  onJoined: () => void;
}

/** Name + password for someone joining through an invitation link. */
export function AcceptInvitationForm({ token, preview, onJoined }: AcceptInvitationFormProps) {
  const accept = useAcceptInvitation();
  const form = useForm({
    initialValues: { name: preview.name ?? '', password: '' },
    validate: schemaResolver(AcceptFormSchema, { sync: true }),
  });

  const submit = form.onSubmit((values) => {
    accept.mutate({ token, ...values }, { onSuccess: onJoined, onError: (error) => applyErrorToForm(form, error) });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="E-mail" value={preview.email} readOnly description="Your sign-in address" />
        <TextInput label="Your name" autoComplete="name" required autoFocus {...form.getInputProps('name')} />
        <PasswordStrengthInput
          label="Password"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
          value={form.values.password}
        />
        <Button type="submit" fullWidth loading={accept.isPending}>
          Join workspace
        </Button>
      </Stack>
    </form>
  );
}
