import { Group, NumberInput, Select } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { AUDIENCE_KINDS } from '@policyops/contracts';
import { AUDIENCE_KIND_LABELS } from './adoption-labels';

const KIND_OPTIONS = AUDIENCE_KINDS.map((value) => ({ value, label: AUDIENCE_KIND_LABELS[value] }));

/** An audience's kind and headcount, alike in the directory and in a campaign (the form's own input props). */
export function AudienceKindAndHeadcount({
  kind,
  headcount,
}: {
  kind: GetInputPropsReturnType;
  headcount: GetInputPropsReturnType;
}) {
  return (
    <Group grow align="flex-start">
      <Select label="Kind" data={KIND_OPTIONS} allowDeselect={false} {...kind} />
      <NumberInput
        label="Headcount"
        required
        min={1}
        max={1_000_000}
        allowDecimal={false}
        thousandSeparator=","
        {...headcount}
      />
    </Group>
  );
}
