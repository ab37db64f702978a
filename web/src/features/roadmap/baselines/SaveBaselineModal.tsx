import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { RoadmapBaseline } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../../lib/problem-feedback';
import { useSaveBaseline } from './useBaselines';

/** Program managers and admins: save the roadmap of a year as it is now, under a name. */
export function SaveBaselineModal({
  year,
  yearLabel,
  onClose,
  onSaved,
}: {
  year: string;
  yearLabel: string;
  onClose: () => void;
  onSaved: (baseline: RoadmapBaseline) => void;
}) {
  const save = useSaveBaseline(year);
  const form = useForm({ initialValues: { name: `${yearLabel} plan as approved` } });
  return (
    <Modal opened onClose={onClose} title="Save baseline">
      <form
        onSubmit={form.onSubmit(({ name }) =>
          save.mutate(name, {
            onSuccess: (saved) => {
              notifySuccess('Baseline saved', `“${saved.name}”: ${saved.counts.initiatives} initiatives`);
              onSaved(saved);
            },
            onError: (e) => applyErrorToForm(form, e),
          }),
        )}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            A snapshot of every initiative, milestone and key-result target of {yearLabel} as they are now. Baselines
            never change; compare the live roadmap with one to see what moved.
          </Text>
          <TextInput label="Name" required data-autofocus maxLength={120} {...form.getInputProps('name')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              Save baseline
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
