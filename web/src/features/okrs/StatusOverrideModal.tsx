import { Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Confidence, ObjectiveDetail } from '@policyops/contracts';
import { CONFIDENCES, CONFIDENCE_LABELS } from '@policyops/contracts';
import { isApiError } from '../../lib/api';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { confidenceLabel } from './okr-labels';
import { handleOkrConflict, useUpdateObjective } from './useOkrMutations';

/** The owner's status instead of the weakest key result's: a status and the reason, required. */
export function StatusOverrideModal({ objective, onClose }: { objective: ObjectiveDetail; onClose: () => void }) {
  const update = useUpdateObjective();
  const form = useForm<{ status: Confidence; reason: string }>({
    initialValues: {
      status: objective.status.value ?? 'on_track',
      reason: objective.status.source === 'override' ? (objective.status.reason ?? '') : '',
    },
  });
  const send = (statusOverride: { status: Confidence; reason: string } | null) =>
    update.mutate(
      { objectiveId: objective.id, changes: { version: objective.version, statusOverride } },
      {
        onSuccess: () => {
          notifySuccess(statusOverride ? 'Status set' : 'Status follows the key results again');
          onClose();
        },
        onError: (error) => {
          if (handleOkrConflict(error)) return onClose();
          const reason = isApiError(error) ? error.fieldErrors['body.statusOverride.reason'] : undefined;
          if (reason) form.setFieldError('reason', reason);
          else notifyError(error);
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title="Set the objective’s status">
      <form noValidate onSubmit={form.onSubmit((values) => send(values))}>
        <Stack>
          <Text size="sm" c="dimmed">
            The key results say: {confidenceLabel(objective.status.derived)}. Setting a status shows yours instead, with
            your reason beside it.
          </Text>
          <SegmentedControl
            aria-label="Status"
            data={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
            {...form.getInputProps('status')}
          />
          <Textarea
            label="Reason"
            description="Why the status differs from the key results"
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="space-between">
            {objective.status.source === 'override' ? (
              <Button variant="subtle" onClick={() => send(null)} loading={update.isPending}>
                Follow the key results again
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={update.isPending}>
                Set status
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
