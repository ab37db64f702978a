import { Group, Text } from '@mantine/core';

/** The PolicyOps mark and word. */
export function BrandMark({ size = 28, withName = true }: { size?: number; withName?: boolean }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden focusable="false">
        <rect width="32" height="32" rx="8" fill="var(--mantine-color-indigo-8)" />
        <path d="M10 23V9h7a5 5 0 0 1 0 10h-3v4z" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
      </svg>
      {withName ? (
        <Text fw={700} size="md" style={{ letterSpacing: '-0.01em' }}>
          PolicyOps
        </Text>
      ) : null}
    </Group>
  );
}
