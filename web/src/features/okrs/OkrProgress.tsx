import { Group, Progress, Text } from '@mantine/core';
import { percentText } from './okr-labels';

export interface OkrProgressProps {
  value: number | null;
  /** Accessible name: "Progress of Cut the appeal overturn rate". */
  label: string;
  size?: 'sm' | 'md' | 'lg';
  /** Shows the percentage beside the bar. */
  withValue?: boolean;
}

function colorOf(value: number): string {
  if (value >= 70) return 'teal';
  if (value >= 40) return 'indigo';
  return 'orange';
}

/** A progress bar (0–100%) with its figure; "—" when there is nothing to measure yet. */
export function OkrProgress({ value, label, size = 'md', withValue = true }: OkrProgressProps) {
  return (
    <Group gap="xs" wrap="nowrap" style={{ flex: 1, minWidth: 120 }}>
      <Progress.Root size={size} style={{ flex: 1 }} radius="xl">
        <Progress.Section
          value={value ?? 0}
          color={colorOf(value ?? 0)}
          aria-label={label}
          aria-valuetext={value === null ? 'no progress yet' : percentText(value)}
        />
      </Progress.Root>
      {withValue ? (
        <Text size="sm" fw={600} w={52} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {percentText(value)}
        </Text>
      ) : null}
    </Group>
  );
}
