import { Select } from '@mantine/core';
import type { OkrPeriod } from '@policyops/contracts';

export interface PeriodPickerProps {
  periods: readonly OkrPeriod[];
  value: string;
  onChange: (key: string) => void;
  label?: string;
}

function optionLabel(p: OkrPeriod): string {
  const parts = [p.kind === 'year' ? `${p.label} (whole year)` : p.label];
  if (p.current) parts.push('current');
  if (p.state === 'closed') parts.push('closed');
  return parts.join(' · ');
}

/** Fiscal years and their quarters, grouped by year ("FY27 Q2 · current"). */
export function PeriodPicker({ periods, value, onChange, label = 'Period' }: PeriodPickerProps) {
  const groups = new Map<string, { value: string; label: string }[]>();
  for (const p of periods) {
    const year = p.key.slice(0, 6);
    const group = `FY${year.slice(4)}`;
    groups.set(group, [...(groups.get(group) ?? []), { value: p.key, label: optionLabel(p) }]);
  }
  const data = [...groups].map(([group, items]) => ({ group, items }));
  return (
    <Select
      label={label}
      data={data}
      value={value}
      onChange={(key) => key && onChange(key)}
      allowDeselect={false}
      searchable
      w={240}
      nothingFoundMessage="No such period"
    />
  );
}
