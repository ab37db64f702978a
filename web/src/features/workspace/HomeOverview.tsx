import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import type { Icon } from '@tabler/icons-react';
import { ROLE_LABELS } from '@policyops/contracts';
import type { LinkProps } from '@tanstack/react-router';
import { Link } from '@tanstack/react-router';
import { PageHeader } from '../../ui/PageHeader';
import { useCan, useSession } from '../auth';
import { SampleWorkspaceCard } from './SampleWorkspaceCard';
import classes from './HomeOverview.module.css';

export interface HomeModule {
  to: NonNullable<LinkProps['to']>;
  label: string;
  description: string;
  icon: Icon;
}

function greeting(hour: number): string {
  if (hour < 5) return 'Good evening';
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

/** Home: greeting, the caller's role, the modules they can open, and the sample workspace offer. */
export function HomeOverview({ modules }: { modules: HomeModule[] }) {
  const { user } = useSession();
  const canManageWorkspace = useCan('workspace.manage');
  const firstName = user.name.split(/\s+/)[0] ?? user.name;

  return (
    <>
      <PageHeader
        title={`${greeting(new Date().getHours())}, ${firstName}`}
        documentTitle="Home"
        description={
          <>
            You are signed in as <strong>{ROLE_LABELS[user.role]}</strong>. Press Ctrl/⌘ K anywhere to jump to a page, a
            person or a team.
          </>
        }
      />
      <Stack gap="xl">
        {canManageWorkspace ? <SampleWorkspaceCard /> : null}
        <section aria-labelledby="modules-heading">
          <Title order={2} id="modules-heading" mb="sm">
            Modules
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {modules.map((module) => {
              const ModuleIcon = module.icon;
              return (
                <Card key={module.to} withBorder padding="lg" component={Link} to={module.to} className={classes.card}>
                  <Group justify="space-between" align="flex-start" wrap="nowrap">
                    <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                      <ModuleIcon size={22} stroke={1.7} />
                    </ThemeIcon>
                    <IconArrowRight size={18} className={classes.arrow} aria-hidden />
                  </Group>
                  <Text fw={600} mt="md">
                    {module.label}
                  </Text>
                  <Text size="sm" c="dimmed" mt={4}>
                    {module.description}
                  </Text>
                </Card>
              );
            })}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
