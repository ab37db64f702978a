import { Select } from '@mantine/core';
import type { PolicyStatus } from '@policyops/contracts';
import { POLICY_STATUS_OPTIONS } from './policy-labels';

/** The "Status" filter used wherever policies are listed or searched. */
export function PolicyStatusSelect({
  value,
  onChange,
}: {
  value: PolicyStatus | undefined;
  onChange: (status: PolicyStatus | undefined) => void;
}) {
  return (
    <Select
      label="Status"
      placeholder="Any status"
      data={POLICY_STATUS_OPTIONS}
      value={value ?? null}
      onChange={(status) => onChange((status as PolicyStatus | null) ?? undefined)}
      clearable
      w={170}
    />
  );
}
