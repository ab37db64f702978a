import { Group, Select, Stack, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { MILESTONE_KINDS, MILESTONE_KIND_LABELS, isFixedMilestoneKind, type MilestoneKind } from '@policyops/contracts';
import type { ReactNode } from 'react';

export interface MilestoneFieldValues {
  title: string;
  kind: MilestoneKind;
  date: string;
}

/** The checks both the add form and the editor make before asking the server (which has the final word). */
export const milestoneFieldRules = {
  title: (v: string) => (v.trim() ? null : 'Name the milestone'),
  date: (v: string) => (v ? null : 'Pick a date'),
};

const kindOptions = MILESTONE_KINDS.map((k) => ({ value: k, label: MILESTONE_KIND_LABELS[k] }));

// "Fixed" is not a field of its own: the server derives it from the kind, so the editor says what the kind implies.
const fixedNote = (kind: MilestoneKind) =>
  isFixedMilestoneKind(kind)
    ? 'Fixed: an external date, it does not move'
    : 'Not fixed: an internal checkpoint, it may move';

/**
 * A milestone's title, kind and date, as adding and editing one both ask for them: one set of fields, so the two
 * forms cannot drift apart. `inline` lays them out in a row (the add form under the table), with `after` (its
 * button) at the end; otherwise they stack (the editor dialog) and the kind says whether it makes the date fixed.
 */
export function MilestoneFields({
  form,
  span,
  inline = false,
  after,
}: {
  form: UseFormReturnType<MilestoneFieldValues>;
  /** The initiative's dates: the browser's picker stays inside them; the server refuses a date outside. */
  span: { start: string; end: string };
  inline?: boolean;
  after?: ReactNode;
}) {
  const fields = (
    <>
      <TextInput
        label="Milestone"
        placeholder="e.g. Legal sign-off"
        style={inline ? { flex: '1 1 200px' } : undefined}
        data-autofocus={inline ? undefined : true}
        {...form.getInputProps('title')}
      />
      <Select
        label="Kind"
        data={kindOptions}
        allowDeselect={false}
        w={inline ? 210 : undefined}
        description={inline ? undefined : fixedNote(form.values.kind)}
        {...form.getInputProps('kind')}
      />
      <TextInput
        label="Date"
        type="date"
        min={span.start}
        max={span.end}
        w={inline ? 170 : undefined}
        {...form.getInputProps('date')}
      />
      {after}
    </>
  );
  return inline ? (
    <Group align="flex-start" gap="xs" wrap="wrap">
      {fields}
    </Group>
  ) : (
    <Stack gap="sm">{fields}</Stack>
  );
}
