import { Box } from '@mantine/core';
import type { ReactNode } from 'react';
import { useInShell } from './shell-context';

/** Wraps content in a `<main>` landmark unless the app shell already provides one. */
export function PageFrame({ children }: { children: ReactNode }) {
  const inShell = useInShell();
  if (inShell) return <>{children}</>;
  return (
    <Box component="main" maw={640} mx="auto" px="md" py={64}>
      {children}
    </Box>
  );
}
