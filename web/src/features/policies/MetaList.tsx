import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './MetaList.module.css';

/** A description list of label/value pairs (policy and version metadata). */
export function MetaList({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" m={0} className={classes.list}>
      {children}
    </Box>
  );
}

export function MetaRow({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={classes.row}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
