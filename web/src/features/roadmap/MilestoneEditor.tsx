import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { InitiativeDetail, Milestone, MilestoneUpdate } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { MilestoneFields, milestoneFieldRules, type MilestoneFieldValues } from './MilestoneFields';
import { useUpdateMilestone } from './useRoadmapMutations';

/** Only what was changed: an unchanged field is not sent, so the audit trail and activity record just the edit. */
function changesOf(milestone: Milestone, values: MilestoneFieldValues): Omit<MilestoneUpdate, 'version'> {
  const title = values.title.trim();
  return {
    ...(title !== milestone.title ? { title } : {}),
    ...(values.kind !== milestone.kind ? { kind: values.kind } : {}),
    ...(values.date !== milestone.date ? { date: values.date } : {}),
  };
}

/**
 * Changes a milestone's title, kind (which decides whether it is fixed) or date. `milestone` is the one the editor
 * opened on: its version is what Save sends, so a change someone else made meanwhile is refused, never overwritten.
 */
export function MilestoneEditor({
  initiative,
  milestone,
  onClose,
}: {
  initiative: InitiativeDetail;
  milestone: Milestone;
  /** With the saved milestone after a save (the caller puts focus back on its row), else null. */
  onClose: (saved: Milestone | null) => void;
}) {
  const update = useUpdateMilestone();
  const [stale, setStale] = useState(false);
  const form = useForm<MilestoneFieldValues>({
    initialValues: { title: milestone.title, kind: milestone.kind, date: milestone.date },
    validate: milestoneFieldRules,
  });
  const submit = form.onSubmit((values) => {
    const changes = changesOf(milestone, values);
    if (Object.keys(changes).length === 0) return onClose(null);
    update.mutate(
      { id: milestone.id, changes: { version: milestone.version, ...changes } },
      {
        onSuccess: (saved) => {
          notifySuccess('Milestone saved', saved.title);
          onClose(saved);
        },
        onError: (error) => {
          // The mutation refetches the initiative whatever happens, so the card behind shows the current values.
          if (isApiError(error) && error.is('VERSION_CONFLICT')) setStale(true);
          else applyErrorToForm(form, error);
        },
      },
    );
  });

  return (
    <Modal opened onClose={() => onClose(null)} title={`Edit “${milestone.title}”`}>
      <form noValidate aria-label="Edit the milestone" onSubmit={submit}>
        <Stack>
          <MilestoneFields form={form} span={initiative} />
          {stale ? (
            <Alert color="orange" role="alert" title="Someone else changed this milestone">
              <Text size="sm">
                It was edited after you opened it, so nothing was saved. The milestones have reloaded: close this, check
                the current values and edit it again.
              </Text>
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => onClose(null)} disabled={update.isPending}>
              {stale ? 'Close' : 'Cancel'}
            </Button>
            {stale ? null : (
              <Button type="submit" loading={update.isPending}>
                Save milestone
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
