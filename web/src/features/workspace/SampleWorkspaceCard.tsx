import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconSparkles } from '@tabler/icons-react';
import { humanize } from '../../lib/format';
import { notifyError } from '../../lib/problem-feedback';
import { useLoadSampleWorkspace, useSampleWorkspaceStatus } from './useSampleWorkspace';

function CreatedCounts({ created }: { created: Record<string, number> }) {
  const entries = Object.entries(created).filter(([, n]) => n > 0);
  return (
    <Alert
      color="green"
      variant="light"
      icon={<IconCircleCheck size={18} aria-hidden />}
      title="Sample workspace loaded"
      role="status"
    >
      <Text size="sm" mb="sm">
        Explore People and Teams to see it. Here is what was created:
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing="xs">
        {entries.map(([kind, count]) => (
          <Paper key={kind} withBorder p="xs">
            <Text size="lg" fw={700}>
              {count.toLocaleString()}
            </Text>
            <Text size="xs">{humanize(kind)}</Text>
          </Paper>
        ))}
      </SimpleGrid>
    </Alert>
  );
}

/**
 * For workspace managers while the sample workspace is not loaded: what it creates and a
 * button to load it; afterwards, the counts of what was created.
 */
export function SampleWorkspaceCard() {
  const status = useSampleWorkspaceStatus(true);
  const load = useLoadSampleWorkspace();

  if (load.data) return <CreatedCounts created={load.data.created} />;
  if (!status.data || status.data.loaded) return null;

  const sections = status.data.sections;
  return (
    <Paper
      withBorder
      p="lg"
      style={{
        background: 'linear-gradient(135deg, var(--mantine-color-indigo-light) 0%, transparent 70%)',
        borderColor: 'var(--mantine-color-indigo-outline)',
      }}
    >
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={44} radius="md" variant="filled" aria-hidden>
          <IconSparkles size={24} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={2}>Load sample workspace</Title>
          <Text size="sm">
            Fill this empty workspace with realistic sample data so you can try PolicyOps before inviting your team:
            people in every role, policy teams per harm area (bullying, hate speech, minor safety, self-harm, violent
            extremism) and XFN teams in Legal, Moderation Ops, Product and Regional
            {sections.length > 0 ? ', plus sample data for:' : '.'}
          </Text>
          {sections.length > 0 ? (
            <Group gap={6}>
              {sections.map((section) => (
                <Badge key={section} variant="light" color="indigo">
                  {humanize(section)}
                </Badge>
              ))}
            </Group>
          ) : null}
          <Text size="xs" c="dimmed">
            Sample records are ordinary records: you can edit or delete them later. It can be loaded once.
          </Text>
          <Group>
            <Button
              leftSection={<IconSparkles size={16} aria-hidden />}
              loading={load.isPending}
              onClick={() => load.mutate(undefined, { onError: (error) => notifyError(error) })}
            >
              Load sample workspace
            </Button>
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
