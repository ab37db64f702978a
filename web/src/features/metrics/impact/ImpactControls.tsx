import { Group, NumberInput, Select } from '@mantine/core';
import type { ImpactDesignChoice, PolicyLaunch } from '@policyops/contracts';
import type { ImpactOptions } from './useImpactAnalysis';

const DESIGNS: { value: ImpactDesignChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic (control if one exists)' },
  { value: 'difference_in_differences', label: 'Difference-in-differences' },
  { value: 'interrupted_time_series', label: 'Interrupted time series' },
  { value: 'before_after', label: 'Before/after' },
];

export interface ImpactControlsProps {
  launch: PolicyLaunch | undefined;
  value: ImpactOptions;
  onChange: (next: ImpactOptions) => void;
}

/** Market, window, ramp-up and design of the analysis; every change re-runs it. */
export function ImpactControls({ launch, value, onChange }: ImpactControlsProps) {
  const markets = (launch?.markets ?? []).map((m) => ({
    value: m.code,
    label: `${m.code} (from ${m.effectiveDate})`,
  }));
  return (
    <Group align="flex-end" gap="md" wrap="wrap">
      <Select
        label="Market"
        description="Default: where it launched on its Global date"
        placeholder="Launch markets"
        data={markets}
        value={value.market}
        onChange={(market) => onChange({ ...value, market })}
        clearable
        searchable
        w={240}
      />
      <NumberInput
        label="Window (days)"
        description="Each of pre and post; whole weeks"
        min={7}
        max={182}
        step={7}
        value={value.windowDays}
        onChange={(v) => typeof v === 'number' && onChange({ ...value, windowDays: v })}
        w={170}
      />
      <NumberInput
        label="Ramp-up (days)"
        description="Left out after launch"
        min={0}
        max={90}
        value={value.rampUpDays}
        onChange={(v) => typeof v === 'number' && onChange({ ...value, rampUpDays: v })}
        w={150}
      />
      <Select
        label="Design"
        description="How the change is read"
        data={DESIGNS}
        value={value.design}
        onChange={(design) => design && onChange({ ...value, design: design as ImpactDesignChoice })}
        allowDeselect={false}
        w={260}
      />
    </Group>
  );
}
