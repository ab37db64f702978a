import { Skeleton, Stack } from '@mantine/core';

export interface TableSkeletonProps {
  rows?: number;
  /** Accessible description of what is loading. */
  label?: string;
}

/** Placeholder rows while a list loads. */
export function TableSkeleton({ rows = 6, label = 'Loading' }: TableSkeletonProps) {
  return (
    <Stack gap="sm" aria-busy="true" aria-label={label} role="status">
      <Skeleton height={32} radius="sm" />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={40} radius="sm" opacity={1 - i * (0.6 / rows)} />
      ))}
    </Stack>
  );
}
