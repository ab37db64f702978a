import { ActionIcon, Button, Group, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { PersonSelect } from './PersonSelect';

export interface Level {
  stakeholderId: string | null;
  name: string | null;
  label: string;
}

export interface EscalationPathEditorProps {
  levels: Level[];
  onChange(levels: Level[]): void;
  errorOf(index: number, field: 'label' | 'stakeholderId'): string | undefined;
}

/** The ordered levels of a blocker's escalation path: a label and a person each, level 1 first. */
export function EscalationPathEditor({ levels, onChange, errorOf }: EscalationPathEditorProps) {
  return (
    <>
      <Text fw={600} size="sm">
        Escalation path
      </Text>
      {levels.length === 0 ? (
        <Text size="sm" c="dimmed">
          No levels yet.
        </Text>
      ) : null}
      {levels.map((level, i) => (
        <Group key={i} align="flex-end" wrap="nowrap">
          <Text size="sm" w={60}>
            Level {i + 1}
          </Text>
          <TextInput
            label="Label"
            placeholder="Head of Policy"
            value={level.label}
            onChange={(e) => {
              const label = e.currentTarget.value;
              onChange(levels.map((l, j) => (j === i ? { ...l, label } : l)));
            }}
            error={errorOf(i, 'label')}
            style={{ flex: 1 }}
          />
          <div style={{ flex: 1 }}>
            <PersonSelect
              label="Person"
              required
              value={level.stakeholderId}
              initialName={level.name}
              onChange={(id) => onChange(levels.map((l, j) => (j === i ? { ...l, stakeholderId: id } : l)))}
              error={errorOf(i, 'stakeholderId')}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove level ${i + 1}`}
            onClick={() => onChange(levels.filter((_, j) => j !== i))}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={14} />}
        onClick={() => onChange([...levels, { stakeholderId: null, name: null, label: '' }])}
        disabled={levels.length >= 6}
      >
        Add level
      </Button>
    </>
  );
}
