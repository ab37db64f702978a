import { Center, Loader } from '@mantine/core';

/** Shown while a page's code or guard is loading. */
export function RoutePending() {
  return (
    <Center py={80} role="status" aria-label="Loading">
      <Loader size="sm" />
    </Center>
  );
}
