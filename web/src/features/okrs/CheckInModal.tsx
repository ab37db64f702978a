import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Confidence, KeyResult } from '@policyops/contracts';
import { CONFIDENCES, CONFIDENCE_LABELS } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { currentText, targetText } from './okr-labels';
import { handleOkrConflict, useCheckIn } from './useOkrMutations';

interface CheckInValues {
  value: number | string;
  confidence: Confidence;
  comment: string;
  date: string;
}

export interface CheckInModalProps {
  keyResult: KeyResult | null;
  onClose: () => void;
  /** The server's today: the default date. */
  today: string;
}

/** A check-in: the value now, how confident the owner is, what moved. */
export function CheckInModal({ keyResult, onClose, today }: CheckInModalProps) {
  const checkIn = useCheckIn();
  const binary = keyResult?.type === 'milestone' || keyResult?.type === 'yes_no';
  const form = useForm<CheckInValues>({
    initialValues: {
      value: keyResult?.currentValue ?? (binary ? 0 : ''),
      confidence: keyResult?.confidence ?? 'on_track',
      comment: '',
      date: today,
    },
    validate: { value: (v) => (v === '' ? 'Enter the current value' : null) },
  });
  if (!keyResult) return null;

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    checkIn.mutate(
      {
        keyResultId: keyResult.id,
        body: {
          value: Number(values.value),
          confidence: values.confidence,
          comment: values.comment,
          date: values.date,
        },
      },
      {
        onSuccess: (saved) => {
          notifySuccess('Checked in', `${saved.title}: ${currentText(saved)}`);
          close();
        },
        onError: (error) => {
          if (handleOkrConflict(error)) return close();
          applyErrorToForm(form, error);
        },
      },
    );
  });
  const yesWord = keyResult.type === 'milestone' ? 'Reached' : 'Yes';
  const noWord = keyResult.type === 'milestone' ? 'Not yet' : 'No';

  return (
    <Modal opened onClose={close} title={`Check in: ${keyResult.title}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {targetText(keyResult)} · now {currentText(keyResult)}
          </Text>
          {binary ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="check-in-value">
                Value
              </Text>
              <SegmentedControl
                aria-labelledby="check-in-value"
                data={[
                  { value: '0', label: noWord },
                  { value: '1', label: yesWord },
                ]}
                value={String(form.getValues().value)}
                onChange={(v) => form.setFieldValue('value', Number(v))}
              />
            </Stack>
          ) : (
            <NumberInput
              label={`Value now${keyResult.unit ? ` (${keyResult.unit})` : ''}`}
              required
              data-autofocus
              {...form.getInputProps('value')}
            />
          )}
          <Stack gap={4}>
            <Text size="sm" fw={500} id="check-in-confidence">
              Confidence
            </Text>
            <SegmentedControl
              aria-labelledby="check-in-confidence"
              data={CONFIDENCES.map((c) => ({ value: c, label: CONFIDENCE_LABELS[c] }))}
              {...form.getInputProps('confidence')}
            />
            {form.errors.confidence ? (
              <Text size="xs" c="red">
                {form.errors.confidence}
              </Text>
            ) : null}
          </Stack>
          <Textarea
            label="Comment"
            description="What moved, what is in the way (Markdown)"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('comment')}
          />
          <TextInput label="For the day" type="date" max={today} w={200} {...form.getInputProps('date')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={checkIn.isPending}>
              Save check-in
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
