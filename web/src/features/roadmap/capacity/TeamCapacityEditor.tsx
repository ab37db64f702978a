import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { TeamCapacity } from '@policyops/contracts';
import { useState } from 'react';
import { quarterOverridesText, standingCapacityText, type CapacityQuarter } from './capacity-form';
import { TeamCapacityForm } from './TeamCapacityForm';

export interface TeamCapacityEditorProps {
  team: TeamCapacity;
  year: { label: string };
  quarters: readonly CapacityQuarter[];
  canManage: boolean;
}

/** "4 people × 50% focus · FY27 Q2: 2 people × 40%", and for planners an inline editor. */
export function TeamCapacityEditor({ team, year, quarters, canManage }: TeamCapacityEditorProps) {
  const [editing, setEditing] = useState(false);
  const [conflict, setConflict] = useState(false);
  const standing = standingCapacityText(team);
  const own = quarterOverridesText(team, quarters);
  const close = () => {
    setConflict(false);
    setEditing(false);
  };

  if (!editing)
    return (
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed">
          {standing ?? 'No capacity stated'}
          {own.length > 0 ? ` · ${own.join(', ')}` : ''}
        </Text>
        {canManage && (
          <Button
            size="compact-xs"
            variant="subtle"
            aria-label={`Edit the capacity of ${team.teamName}`}
            onClick={() => setEditing(true)}
          >
            {standing ? 'Edit' : 'Set capacity'}
          </Button>
        )}
      </Group>
    );

  return (
    <Stack gap={4}>
      {conflict && (
        <Alert color="orange" variant="light" p="xs" role="alert" title="Someone else changed this capacity">
          Nothing was saved. The current values are shown below; check them and save again.
        </Alert>
      )}
      <TeamCapacityForm
        // After a conflict, the form starts again from each newly stored version as it arrives.
        key={conflict ? `stored-${team.version}` : 'editing'}
        team={team}
        year={year}
        quarters={quarters}
        onDone={close}
        onConflict={() => setConflict(true)}
      />
    </Stack>
  );
}
