import { Stack, Text, ThemeIcon } from '@mantine/core';
import type { ReactNode } from 'react';

export interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  description?: ReactNode;
  /** The primary action, shown only when the user may take it. */
  action?: ReactNode;
  /** Heading level of the title; defaults to a paragraph. */
  titleOrder?: 1 | 2 | 3;
}

/** What a list shows when there is nothing in it: an icon, a sentence and what to do next. */
export function EmptyState({ icon, title, description, action, titleOrder }: EmptyStateProps) {
  const TitleTag = titleOrder ? (`h${titleOrder}` as const) : 'p';
  return (
    <Stack align="center" gap="xs" py={48} px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="indigo" aria-hidden>
        {icon}
      </ThemeIcon>
      <Text component={TitleTag} fw={600} size={titleOrder === 1 ? 'xl' : 'md'} mt="xs" m={0}>
        {title}
      </Text>
      {description ? (
        <Text c="dimmed" size="sm" maw={440}>
          {description}
        </Text>
      ) : null}
      {action ? <div style={{ marginTop: 8 }}>{action}</div> : null}
    </Stack>
  );
}
