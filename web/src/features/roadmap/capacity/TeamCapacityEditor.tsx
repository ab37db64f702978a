import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import type { TeamCapacity } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/problem-feedback';
import { handleRoadmapConflict } from '../useRoadmapMutations';
import { useUpdateTeamCapacity } from './useCapacity';

/** "4 people × 50% focus", and for planners an inline editor (quarter overrides are kept as stored). */
export function TeamCapacityEditor({ team, canManage }: { team: TeamCapacity; canManage: boolean }) {
  const [editing, setEditing] = useState(false);
  const [people, setPeople] = useState<number | string>(team.people ?? 0);
  const [focus, setFocus] = useState<number | string>(Math.round((team.focus ?? 0.8) * 100));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useUpdateTeamCapacity();
  const stated = team.people !== null && team.focus !== null;

  if (!editing)
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {stated
            ? `${team.people} ${team.people === 1 ? 'person' : 'people'} × ${Math.round(team.focus! * 100)}% focus`
            : 'No capacity stated'}
          {team.overrides.length > 0 ? ` · ${team.overrides.length} quarter override(s)` : ''}
        </Text>
        {canManage && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={`Edit the capacity of ${team.teamName}`}
            onClick={() => {
              setPeople(team.people ?? 0);
              setFocus(Math.round((team.focus ?? 0.8) * 100));
              setErrors({});
              setEditing(true);
            }}
          >
            {stated ? 'Edit' : 'Set capacity'}
          </Button>
        )}
      </Group>
    );

  const submit = () => {
    save.mutate(
      {
        teamId: team.teamId,
        body: { version: team.version, people: Number(people), focus: Number(focus) / 100, overrides: team.overrides },
      },
      {
        onSuccess: () => setEditing(false),
        onError: (error) => {
          if (handleRoadmapConflict(error, "this team's capacity")) return setEditing(false);
          if (isApiError(error) && error.errors.length) setErrors(error.fieldErrors);
          else notifyError(error, "Couldn't save the capacity");
        },
      },
    );
  };

  return (
    <Stack gap={4} mt={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <NumberInput
          size="xs"
          w={80}
          label="People"
          min={0}
          step={1}
          value={people}
          onChange={setPeople}
          error={errors['body.people']}
          data-autofocus
        />
        <NumberInput
          size="xs"
          w={90}
          label="Focus %"
          min={0}
          max={100}
          step={5}
          value={focus}
          onChange={setFocus}
          error={errors['body.focus']}
        />
      </Group>
      <Group gap={6}>
        <Button size="compact-xs" onClick={submit} loading={save.isPending}>
          Save
        </Button>
        <Button size="compact-xs" variant="default" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
