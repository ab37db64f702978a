import { Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ChangeRequest } from '@policyops/contracts';
import { isApiError } from '../../../lib/api';
import { applyErrorToForm, notifyError, notifySuccess } from '../../../lib/problem-feedback';
import { crNumber } from '../cr-labels';
import { usePlaceCr } from '../list/cr-list-queries';

const TOP = 'top';

/** Places a CR by hand in the intake queue: directly below another CR (or at the top), with a reason. */
export function PlaceAfterModal({
  cr,
  queue,
  onClose,
}: {
  cr: ChangeRequest;
  queue: readonly ChangeRequest[];
  onClose: () => void;
}) {
  const place = usePlaceCr();
  const form = useForm({
    initialValues: { afterId: null as string | null, reason: '' },
    validate: {
      afterId: (v) => (v ? null : 'Pick where it goes'),
      reason: (v) => (v.trim() ? null : 'Say why it belongs there'),
    },
  });
  const data = [
    { value: TOP, label: 'At the top of the queue' },
    ...queue
      .filter((other) => other.id !== cr.id)
      .map((other) => ({ value: other.id, label: `Below #${other.rank} ${crNumber(other.number)} ${other.title}` })),
  ];
  return (
    <Modal opened onClose={onClose} title={`Place ${crNumber(cr.number)} by hand`} size="lg">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          place.mutate(
            {
              id: cr.id,
              body: {
                version: cr.version,
                afterId: values.afterId === TOP ? null : values.afterId,
                reason: values.reason.trim(),
              },
            },
            {
              onSuccess: () => {
                notifySuccess(`${crNumber(cr.number)} placed by hand`, values.reason.trim());
                onClose();
              },
              onError: (error) => {
                if (isApiError(error) && error.is('VERSION_CONFLICT')) {
                  notifyError(error);
                  return onClose();
                }
                applyErrorToForm(form, error);
              },
            },
          ),
        )}
      >
        <Stack>
          <Text size="sm">
            {cr.title} stays directly below the CR you pick, wherever that one’s score takes it, until that CR leaves
            the queue.
          </Text>
          <Select
            label="Place after"
            required
            searchable
            data={data}
            data-autofocus
            {...form.getInputProps('afterId')}
          />
          <Textarea
            label="Reason"
            description="Shown on the row and kept on the CR’s timeline"
            required
            autosize
            minRows={2}
            maxLength={500}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={place.isPending}>
              Place
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
