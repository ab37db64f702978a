import { Badge, Button, Group, Modal, NumberInput, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InitiativeDetail } from '@policyops/contracts';
import { useId, useState } from 'react';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { handleRoadmapConflict, useUpdateInitiative } from './useRoadmapMutations';

function OverrideModal({ initiative, onClose }: { initiative: InitiativeDetail; onClose: () => void }) {
  const update = useUpdateInitiative();
  const current = initiative.progress.override;
  const form = useForm({
    initialValues: {
      progressOverride: { value: current?.value ?? initiative.progress.derived, reason: current?.reason ?? '' },
    },
    validate: {
      progressOverride: {
        reason: (value: string) => (value.trim() ? null : 'Say why the derived progress is wrong'),
      },
    },
  });
  return (
    <Modal opened onClose={onClose} title="Override progress">
      <form
        noValidate
        onSubmit={form.onSubmit((values) =>
          update.mutate(
            { id: initiative.id, changes: { version: initiative.version, progressOverride: values.progressOverride } },
            {
              onSuccess: () => {
                notifySuccess('Progress overridden');
                onClose();
              },
              onError: (error) => {
                if (handleRoadmapConflict(error)) return onClose();
                applyErrorToForm(
                  {
                    getValues: () => ({ 'progressOverride.value': 0, 'progressOverride.reason': '' }),
                    setFieldError: form.setFieldError as never,
                  },
                  error,
                );
              },
            },
          ),
        )}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            Derived: {initiative.progress.derived}% ({initiative.progress.basis}). The override shows instead, marked as
            set by hand, until it is removed.
          </Text>
          <NumberInput
            label="Progress (%)"
            min={0}
            max={100}
            required
            {...form.getInputProps('progressOverride.value')}
          />
          <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('progressOverride.reason')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Override
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Progress: the figure shown, how it was derived, and a manual override shown as one. */
export function ProgressCard({ initiative }: { initiative: InitiativeDetail }) {
  const headingId = useId();
  const [overriding, setOverriding] = useState(false);
  const update = useUpdateInitiative();
  const { progress } = initiative;
  const override = progress.override;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4" id={headingId}>
            Progress
          </Title>
          {override ? (
            <Badge color="grape" variant="light">
              Set by hand
            </Badge>
          ) : null}
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={progress.value}
            size="lg"
            style={{ flex: 1 }}
            color={override ? 'grape' : 'indigo'}
            aria-label={`Progress ${progress.value}%`}
          />
          <Text fw={700}>{progress.value}%</Text>
        </Group>
        {override ? (
          <Text size="sm">
            Overridden from {progress.derived}% by {override.by?.name ?? 'someone'}: “{override.reason}”
          </Text>
        ) : null}
        <Text size="sm" c="dimmed">
          Derived: {progress.derived}% · {progress.basis}
        </Text>
        {initiative.abilities.update ? (
          <Group gap="xs">
            <Button size="xs" variant="default" onClick={() => setOverriding(true)}>
              {override ? 'Change override' : 'Override'}
            </Button>
            {override ? (
              <Button
                size="xs"
                variant="subtle"
                color="red"
                loading={update.isPending}
                onClick={() =>
                  update.mutate(
                    { id: initiative.id, changes: { version: initiative.version, progressOverride: null } },
                    { onError: (error) => handleRoadmapConflict(error) },
                  )
                }
              >
                Remove override
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>
      {overriding ? <OverrideModal initiative={initiative} onClose={() => setOverriding(false)} /> : null}
    </Paper>
  );
}
