import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { OkrPeriod } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { handleOkrConflict, useReopenPeriod } from './useOkrMutations';

/** Reopens a closed period: admins only, with a reason that goes into the audit log. */
export function ReopenPeriodModal({ period, onClose }: { period: OkrPeriod; onClose: () => void }) {
  const reopen = useReopenPeriod();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (v: string) => (v.trim() ? null : 'Say why the period is reopened') },
  });
  const submit = form.onSubmit((values) =>
    reopen.mutate(
      { periodKey: period.key, body: { version: period.version, reason: values.reason } },
      {
        onSuccess: () => {
          notifySuccess(`${period.label} reopened`, 'Edits and check-ins work again.');
          onClose();
        },
        onError: (error) => {
          if (handleOkrConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={`Reopen ${period.label}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Reopening unlocks every objective and key result of {period.label}. The scores stay until the period is
            closed again. The reason is kept in the audit log.
          </Text>
          <Textarea label="Reason" required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={reopen.isPending}>
              Reopen {period.label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
