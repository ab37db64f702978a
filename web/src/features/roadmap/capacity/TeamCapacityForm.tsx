import { ActionIcon, Alert, Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { TeamCapacity } from '@policyops/contracts';
import { useState } from 'react';
import { isApiError } from '../../../lib/api';
import { notifyError } from '../../../lib/problem-feedback';
import {
  capacityFormValues,
  capacityUpdateOf,
  placeCapacityErrors,
  type CapacityFieldErrors,
  type CapacityFormValues,
  type CapacityQuarter,
  type NumberField,
  type QuarterOverrideRow,
} from './capacity-form';
import { useUpdateTeamCapacity } from './useCapacity';

export interface TeamCapacityFormProps {
  team: TeamCapacity;
  year: { label: string };
  quarters: readonly CapacityQuarter[];
  onDone: () => void;
  /** The stored version moved on (409): the caller shows it and reloads the form. */
  onConflict: () => void;
}

function QuarterRow({
  label,
  row,
  errors,
  onSet,
  onChange,
  onClear,
}: {
  label: string;
  row: QuarterOverrideRow | null;
  errors: { people?: string; focus?: string };
  onSet: () => void;
  onChange: (row: QuarterOverrideRow) => void;
  onClear: () => void;
}) {
  return (
    <Group gap={6} wrap="nowrap" align="flex-start" role="group" aria-label={`Capacity in ${label}`}>
      <Text size="xs" w={52} pt={6} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      {row === null ? (
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed">
            Standing
          </Text>
          <Button size="compact-xs" variant="light" aria-label={`Set a capacity for ${label}`} onClick={onSet}>
            Set
          </Button>
        </Group>
      ) : (
        <>
          <NumberInput
            size="xs"
            w={64}
            aria-label={`People in ${label}`}
            min={0}
            step={1}
            value={row.people}
            onChange={(people) => onChange({ ...row, people })}
            error={errors.people}
          />
          <NumberInput
            size="xs"
            w={72}
            aria-label={`Focus % in ${label}`}
            min={0}
            max={100}
            step={5}
            value={row.focus}
            onChange={(focus) => onChange({ ...row, focus })}
            error={errors.focus}
          />
          <ActionIcon
            size="sm"
            mt={4}
            variant="subtle"
            color="gray"
            aria-label={`Clear the capacity of ${label} (use the standing one)`}
            onClick={onClear}
          >
            <IconX size={14} aria-hidden />
          </ActionIcon>
        </>
      )}
    </Group>
  );
}

/**
 * The standing capacity and, per quarter of the shown year, a capacity of its own that can be set
 * or cleared. Sends the version it was opened with; field errors go under their fields.
 */
export function TeamCapacityForm({ team, year, quarters, onDone, onConflict }: TeamCapacityFormProps) {
  const [values, setValues] = useState<CapacityFormValues>(() => capacityFormValues(team, quarters));
  const [errors, setErrors] = useState<CapacityFieldErrors>({});
  const [other, setOther] = useState<string[]>([]);
  const save = useUpdateTeamCapacity();

  const setQuarter = (key: string, row: QuarterOverrideRow | null) => {
    setValues((v) => ({ ...v, quarters: { ...v.quarters, [key]: row } }));
    setErrors(({ [`${key}.people`]: _people, [`${key}.focus`]: _focus, ...rest }) => rest);
  };
  const setStanding = (field: 'people' | 'focus', value: NumberField) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _cleared, ...rest }) => rest);
  };

  const submit = () => {
    const { body, periods, blanks } = capacityUpdateOf(team, quarters, values);
    setOther([]);
    if (Object.keys(blanks).length > 0) return setErrors(blanks);
    save.mutate(
      { teamId: team.teamId, body },
      {
        onSuccess: onDone,
        onError: (error) => {
          if (isApiError(error) && error.is('VERSION_CONFLICT')) return onConflict();
          if (isApiError(error) && error.errors.length) {
            const placed = placeCapacityErrors(error.fieldErrors, periods);
            setErrors(placed.fields);
            setOther(placed.other);
          } else notifyError(error, "Couldn't save the capacity");
        },
      },
    );
  };

  return (
    <Stack gap={6} mt={4}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <NumberInput
          size="xs"
          w={80}
          label="People"
          min={0}
          step={1}
          value={values.people}
          onChange={(v) => setStanding('people', v)}
          error={errors.people}
          data-autofocus
        />
        <NumberInput
          size="xs"
          w={90}
          label="Focus %"
          min={0}
          max={100}
          step={5}
          value={values.focus}
          onChange={(v) => setStanding('focus', v)}
          error={errors.focus}
        />
      </Group>
      <Text size="xs" fw={600} mt={4}>
        Quarters of {year.label} with a capacity of their own
      </Text>
      {quarters.map((q) => (
        <QuarterRow
          key={q.key}
          label={q.label}
          row={values.quarters[q.key] ?? null}
          errors={{ people: errors[`${q.key}.people`], focus: errors[`${q.key}.focus`] }}
          onSet={() => setQuarter(q.key, { people: values.people, focus: values.focus })}
          onChange={(row) => setQuarter(q.key, row)}
          onClear={() => setQuarter(q.key, null)}
        />
      ))}
      {other.length > 0 && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {other.join(' ')}
        </Alert>
      )}
      <Group gap={6}>
        <Button size="compact-xs" onClick={submit} loading={save.isPending}>
          Save
        </Button>
        <Button size="compact-xs" variant="default" onClick={onDone}>
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
