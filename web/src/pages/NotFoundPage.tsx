import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { PageFrame } from '../app/layout/PageFrame';
import { useDocumentTitle } from '../ui/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Page not found');
  return (
    <PageFrame>
      <Stack align="center" ta="center" gap="sm" py="xl">
        <IconMapSearch size={48} stroke={1.4} aria-hidden color="var(--mantine-color-indigo-filled)" />
        <Text size="sm" fw={600} c="dimmed">
          404
        </Text>
        <Title order={1}>This page doesn't exist</Title>
        <Text c="dimmed" maw={420}>
          The link may be old, or the page moved. Try the home page, or press Ctrl/⌘ K once you are signed in to search.
        </Text>
        <Group mt="md">
          <Button component={Link} to="/">
            Go home
          </Button>
        </Group>
      </Stack>
    </PageFrame>
  );
}
