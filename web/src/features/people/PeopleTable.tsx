import { Avatar, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { User } from '@policyops/contracts';
import { initials } from '../../lib/format';
import { RelativeTime } from '../../ui/RelativeTime';
import { AnchorLink } from '../../ui/router-links';
import { RoleBadge, UserStatusBadge } from './badges';
import { UserActions } from './UserActions';

const MAX_TEAM_BADGES = 3;

function TeamBadges({ teams }: { teams: User['teams'] }) {
  if (teams.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  const shown = teams.slice(0, MAX_TEAM_BADGES);
  const more = teams.length - shown.length;
  return (
    <Group gap={4}>
      {shown.map((team) => (
        <Badge
          key={team.id}
          variant="light"
          color="gray"
          fw={500}
          maw={180}
          title={team.name}
          style={{ flexShrink: 0 }}
        >
          {team.name}
        </Badge>
      ))}
      {more > 0 ? (
        <Badge
          variant="light"
          color="gray"
          fw={500}
          title={teams
            .slice(MAX_TEAM_BADGES)
            .map((t) => t.name)
            .join(', ')}
        >
          +{more}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The directory table: one row per person, with row actions by their abilities. */
export function PeopleTable({ users }: { users: User[] }) {
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>E-mail</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Teams</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Last sign-in</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap" miw={180}>
                  <Avatar size={30} radius="xl" color="indigo" alt="">
                    {initials(user.name)}
                  </Avatar>
                  <Stack gap={0}>
                    <AnchorLink
                      to="/people/$userId"
                      params={{ userId: user.id }}
                      fw={500}
                      size="sm"
                      c="var(--mantine-color-text)"
                    >
                      {user.name}
                    </AnchorLink>
                  </Stack>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{user.email}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <RoleBadge role={user.role} />
              </Table.Td>
              <Table.Td miw={200}>
                <TeamBadges teams={user.teams} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <UserStatusBadge status={user.status} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" component="span">
                  <RelativeTime value={user.lastLoginAt} fallback="Never" />
                </Text>
              </Table.Td>
              <Table.Td>
                <UserActions user={user} variant="menu" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
