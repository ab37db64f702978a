import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { KeyResult, KeyResultType } from '@policyops/contracts';
import { KEY_RESULT_TYPES, KEY_RESULT_TYPE_LABELS } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { InitiativeSourceSelect } from './InitiativeSourceSelect';
import { handleOkrConflict, useCreateKeyResult, useUpdateKeyResult } from './useOkrMutations';

interface KeyResultFormValues {
  title: string;
  type: KeyResultType;
  unit: string;
  baseline: number | string;
  target: number | string;
  weight: number | string;
  fed: boolean;
  initiativeId: string | null;
}

export interface KeyResultFormModalProps {
  opened: boolean;
  onClose: () => void;
  objectiveId: string;
  /** Edit this key result (its type stays); add one when absent. */
  keyResult?: KeyResult;
}

const TYPE_OPTIONS = KEY_RESULT_TYPES.map((value) => ({ value, label: KEY_RESULT_TYPE_LABELS[value] }));

const TYPE_HINTS: Record<KeyResultType, string> = {
  increase_to: 'Progress is the share of the way from the baseline up to the target.',
  decrease_to: 'Progress is the share of the way from the baseline down to the target.',
  stay_at_or_above: 'The target is a floor: 100% while the value holds it, 0% once it drops below.',
  stay_at_or_below: 'The target is a ceiling: 100% while the value stays under it, 0% once it goes over.',
  milestone: 'Done or not: 0% until reached, then 100%.',
  yes_no: 'Yes or no: 0% for no, 100% for yes.',
};

const numberOrUndefined = (value: number | string) => (value === '' ? undefined : Number(value));

/** Adds a key result to an objective, or edits one; the server checks baseline against target. */
export function KeyResultFormModal({ opened, onClose, objectiveId, keyResult }: KeyResultFormModalProps) {
  const create = useCreateKeyResult();
  const update = useUpdateKeyResult();
  const form = useForm<KeyResultFormValues>({
    initialValues: {
      title: keyResult?.title ?? '',
      type: keyResult?.type ?? 'increase_to',
      unit: keyResult?.unit ?? '',
      baseline: keyResult?.baseline ?? '',
      target: keyResult?.target ?? '',
      weight: keyResult?.weight ?? 1,
      fed: keyResult?.source.kind === 'initiative',
      initiativeId: keyResult?.source.kind === 'initiative' ? keyResult.source.initiativeId : null,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'Name the key result'),
      initiativeId: (v, values) =>
        values.fed && !v && values.type !== 'milestone' && values.type !== 'yes_no'
          ? 'Pick the initiative that feeds it'
          : null,
    },
  });
  const type = form.getValues().type;
  const binary = type === 'milestone' || type === 'yes_no';

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    const range = binary
      ? {}
      : { unit: values.unit, baseline: numberOrUndefined(values.baseline), target: numberOrUndefined(values.target) };
    const weight = numberOrUndefined(values.weight);
    const source =
      !binary && values.fed && values.initiativeId
        ? { kind: 'initiative' as const, initiativeId: values.initiativeId }
        : { kind: 'manual' as const };
    if (!keyResult) {
      create.mutate(
        { objectiveId, body: { title: values.title, type: values.type, weight, source, ...range } },
        {
          onSuccess: (created) => {
            notifySuccess('Key result added', created.title);
            close();
          },
          onError: (error) => applyErrorToForm(form, error),
        },
      );
      return;
    }
    update.mutate(
      {
        keyResultId: keyResult.id,
        changes: { version: keyResult.version, title: values.title, weight, source, ...range },
      },
      {
        onSuccess: (saved) => {
          notifySuccess('Key result saved', saved.title);
          onClose();
        },
        onError: (error) => {
          if (handleOkrConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={keyResult ? 'Edit key result' : 'New key result'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select
            label="Type"
            data={TYPE_OPTIONS}
            allowDeselect={false}
            disabled={Boolean(keyResult)}
            description={TYPE_HINTS[type]}
            {...form.getInputProps('type')}
          />
          <TextInput
            label="Key result"
            description="What is measured, e.g. “Cut the appeal overturn rate on hate speech”"
            required
            data-autofocus
            {...form.getInputProps('title')}
          />
          {binary ? (
            <Text size="sm" c="dimmed">
              {type === 'milestone' ? 'Check in 1 when it is reached.' : 'Check in 1 for yes, 0 for no.'}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Baseline"
                description="Where it starts"
                required
                {...form.getInputProps('baseline')}
              />
              <NumberInput
                label="Target"
                description={type.startsWith('stay') ? 'The threshold to hold' : 'Where it should end'}
                required
                {...form.getInputProps('target')}
              />
              <TextInput label="Unit" description="%, h, cases…" maxLength={24} {...form.getInputProps('unit')} />
            </SimpleGrid>
          )}
          {!binary && (
            <Switch
              label="Fed by an initiative's progress"
              description="No check-ins: the value follows the initiative's milestones done"
              checked={form.getValues().fed}
              onChange={(event) => {
                const fed = event.currentTarget.checked;
                form.setFieldValue('fed', fed);
                // An initiative's progress runs 0–100 %: start from that range when nothing is entered yet.
                if (fed && form.getValues().baseline === '' && form.getValues().target === '')
                  form.setValues({ baseline: 0, target: 100, unit: '%' });
              }}
            />
          )}
          {!binary && form.getValues().fed && (
            <InitiativeSourceSelect
              value={form.getValues().initiativeId}
              onChange={(id) => form.setFieldValue('initiativeId', id)}
              error={form.errors.initiativeId ?? form.errors['source.initiativeId']}
            />
          )}
          <NumberInput
            label="Weight"
            description="Counts in a weighted roll-up (default 1)"
            min={0.1}
            max={100}
            step={1}
            w={200}
            {...form.getInputProps('weight')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {keyResult ? 'Save key result' : 'Add key result'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
