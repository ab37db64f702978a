import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

export interface PageHeaderProps {
  /** The page's h1; also the document title ("People · PolicyOps"). */
  title: string;
  /** Overrides the document title when the h1 is not a good tab name. */
  documentTitle?: string;
  description?: ReactNode;
  /** Buttons on the right. */
  actions?: ReactNode;
  /** Small line above the title (breadcrumb, back link). */
  above?: ReactNode;
}

/** Every page starts with this: one h1, an optional description and actions. */
export function PageHeader({ title, documentTitle, description, actions, above }: PageHeaderProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <Stack gap={6} mb="lg">
      {above}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 320px' }}>
          <Title order={1}>{title}</Title>
          {description ? (
            <Text c="dimmed" size="sm">
              {description}
            </Text>
          ) : null}
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
    </Stack>
  );
}
