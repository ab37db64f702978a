import { Avatar, Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconUserQuestion, IconUsersGroup } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { isApiError } from '../../lib/api';
import { formatDate, initials } from '../../lib/format';
import { EmptyState } from '../../ui/EmptyState';
import { ActivityFeed } from '../collaboration';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { RoleBadge, UserStatusBadge } from './badges';
import { PersonPolicyWork } from './PersonPolicyWork';
import { UserActions } from './UserActions';
import { useUser } from './useUsers';

function BackToPeople() {
  return (
    <AnchorLink to="/people" size="sm" c="dimmed">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> People
      </Group>
    </AnchorLink>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text size="sm" mt={4} component="div">
        {children}
      </Text>
    </div>
  );
}

/** One person's profile: role, status, teams, what they own and wrote, their activity, and the controls allowed. */
export function UserProfile({ userId }: { userId: string }) {
  const query = useUser(userId);

  if (query.isPending) {
    return (
      <>
        <PageHeader title="Person" above={<BackToPeople />} />
        <Stack role="status" aria-label="Loading person">
          <Skeleton height={96} />
          <Skeleton height={160} />
        </Stack>
      </>
    );
  }
  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <>
          <PageHeader title="Person not found" above={<BackToPeople />} />
          <EmptyState
            icon={<IconUserQuestion size={24} />}
            title="This person does not exist or you cannot see them"
            action={
              <ButtonLink to="/people" variant="default">
                Back to People
              </ButtonLink>
            }
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Person" above={<BackToPeople />} />
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
      </>
    );
  }

  const user = query.data;
  return (
    <>
      <PageHeader
        title={user.name}
        above={<BackToPeople />}
        description={user.email}
        actions={<UserActions user={user} variant="buttons" />}
      />
      <Stack gap="lg">
        <Paper withBorder p="lg">
          <Group gap="lg" align="flex-start" wrap="nowrap">
            <Avatar size={64} radius="xl" color="indigo" alt="">
              {initials(user.name)}
            </Avatar>
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg" style={{ flex: 1 }}>
              <Fact label="Role">
                <RoleBadge role={user.role} />
              </Fact>
              <Fact label="Status">
                <UserStatusBadge status={user.status} />
              </Fact>
              <Fact label="Last sign-in">
                <RelativeTime value={user.lastLoginAt} fallback="Never" />
              </Fact>
              <Fact label="Member since">{formatDate(user.createdAt)}</Fact>
            </SimpleGrid>
          </Group>
        </Paper>
        <Paper withBorder p="lg">
          <Title order={2} mb="md">
            Teams
          </Title>
          {user.teams.length === 0 ? (
            <Group justify="space-between" gap="sm">
              <Text size="sm" c="dimmed">
                {user.name} is not on any team yet. Team managers can add people from a team&apos;s page.
              </Text>
              <ButtonLink
                to="/teams"
                variant="default"
                size="xs"
                leftSection={<IconUsersGroup size={14} aria-hidden />}
              >
                Browse teams
              </ButtonLink>
            </Group>
          ) : (
            <Group gap="xs">
              {user.teams.map((team) => (
                <Badge
                  key={team.id}
                  size="lg"
                  variant="light"
                  color="indigo"
                  renderRoot={(props) => <AnchorLink to="/teams/$teamId" params={{ teamId: team.id }} {...props} />}
                >
                  {team.name}
                </Badge>
              ))}
            </Group>
          )}
        </Paper>
        <PersonPolicyWork userId={user.id} name={user.name} />
        <Paper withBorder p="lg" component="section" aria-labelledby="person-activity-heading">
          <Title order={2} mb="md" id="person-activity-heading">
            Recent activity
          </Title>
          <ActivityFeed
            scope={{ actorId: user.id }}
            label={`Recent activity by ${user.name}`}
            emptyText={`No activity by ${user.name} that you can see`}
          />
        </Paper>
      </Stack>
    </>
  );
}
