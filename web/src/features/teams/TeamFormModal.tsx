import { Button, Group, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { TEAM_FUNCTIONS, TEAM_FUNCTION_LABELS, TeamCreateSchema } from '@policyops/contracts';
import type { Team, TeamFunction } from '@policyops/contracts';
import { applyErrorToForm, notifySuccess } from '../../lib/problem-feedback';
import { handleTeamConflict, useCreateTeam, useUpdateTeam } from './useTeamMutations';

export const FUNCTION_OPTIONS = TEAM_FUNCTIONS.map((fn) => ({ value: fn, label: TEAM_FUNCTION_LABELS[fn] }));

interface TeamFormValues {
  name: string;
  function: TeamFunction;
  description: string;
}

export interface TeamFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Edit this team; create a new one when absent. */
  team?: Team;
  onSaved?: (team: Team) => void;
}

/** Creates a team, or edits one (sending the version it read). */
export function TeamFormModal({ opened, onClose, team, onSaved }: TeamFormModalProps) {
  const create = useCreateTeam();
  const update = useUpdateTeam();
  const form = useForm<TeamFormValues>({
    initialValues: {
      name: team?.name ?? '',
      function: team?.function ?? 'policy',
      description: team?.description ?? '',
    },
    validate: schemaResolver(TeamCreateSchema, { sync: true }),
  });

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((values) => {
    if (!team) {
      create.mutate(values, {
        onSuccess: (created) => {
          notifySuccess('Team created', values.name);
          form.reset();
          onClose();
          onSaved?.(created);
        },
        onError: (error) => applyErrorToForm(form, error),
      });
      return;
    }
    update.mutate(
      { teamId: team.id, changes: { version: team.version, ...values } },
      {
        onSuccess: (saved) => {
          notifySuccess('Team saved', values.name);
          onClose();
          onSaved?.(saved);
        },
        onError: (error) => {
          if (handleTeamConflict(error)) return onClose();
          applyErrorToForm(form, error);
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={team ? `Edit ${team.name}` : 'New team'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <Select
            label="Function"
            data={FUNCTION_OPTIONS}
            allowDeselect={false}
            required
            {...form.getInputProps('function')}
          />
          <Textarea
            label="Description"
            description="What the team does and owns"
            autosize
            minRows={3}
            maxRows={8}
            {...form.getInputProps('description')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {team ? 'Save team' : 'Create team'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
