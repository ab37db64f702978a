import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ApplicabilityState, Market, Surface } from '@policyops/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { STATE_LABELS } from './applicability-grid';
import type { CellValue, ResolvedCell } from './applicability-grid';

type Choice = ApplicabilityState | 'inherit';

export interface CellEditorProps {
  surface: Surface;
  market: Market;
  /** The cell as set here (staged), if it is. */
  own: CellValue | undefined;
  /** What the cell would show with nothing set here. */
  fallback: ResolvedCell | null;
  /** A refusal from the last save, shown under the note. */
  error?: string | undefined;
  onApply: (value: CellValue | null) => void;
  onCancel: () => void;
}

/** The small form in a cell's popover: applies, does not apply, differs (with a note), or inherit. */
export function CellEditor({ surface, market, own, fallback, error, onApply, onCancel }: CellEditorProps) {
  const [choice, setChoice] = useState<Choice>(own?.state ?? 'inherit');
  const [note, setNote] = useState(own?.note ?? '');
  const [noteError, setNoteError] = useState<string | undefined>(error);
  const titleId = `cell-editor-${surface.id}-${market.id}`;

  const inheritLabel =
    market.kind === 'global'
      ? 'Not set'
      : fallback
        ? `Inherit from ${fallback.source.name} (${STATE_LABELS[fallback.state].toLowerCase()})`
        : 'Inherit (nothing is set above it yet)';
  const options: { value: Choice; label: string }[] = [
    { value: 'applies', label: STATE_LABELS.applies },
    { value: 'does_not_apply', label: STATE_LABELS.does_not_apply },
    { value: 'differs', label: 'Differs (explain how)' },
    { value: 'inherit', label: inheritLabel },
  ];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    if (choice === 'inherit') return onApply(null);
    if (choice === 'differs' && !note.trim()) {
      setNoteError('Say how the policy differs here');
      return;
    }
    onApply({ state: choice, note: choice === 'differs' ? note.trim() : '' });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Text fw={600} size="sm" id={titleId}>
            {surface.name} in {market.name}
          </Text>
          {fallback && market.kind !== 'global' ? (
            <Text size="xs" c="dimmed">
              Unless set here, this follows {fallback.source.name}.
            </Text>
          ) : null}
        </div>
        <Radio.Group value={choice} onChange={(value) => setChoice(value as Choice)} label="The policy here" size="sm">
          <Stack gap={8} mt={6}>
            {options.map((option) => (
              <Radio
                key={option.value}
                value={option.value}
                label={option.label}
                data-autofocus={option.value === (own?.state ?? 'inherit') || undefined}
              />
            ))}
          </Stack>
        </Radio.Group>
        {choice === 'differs' ? (
          <Textarea
            label="How it differs"
            required
            autosize
            minRows={2}
            maxRows={6}
            maxLength={1000}
            value={note}
            error={noteError}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setNoteError(undefined);
            }}
            placeholder="e.g. DSA notice period of 24 hours"
          />
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" size="xs">
            Apply
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
