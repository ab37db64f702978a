import {
  ActionIcon,
  Avatar,
  Badge,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowLeft, IconPencil, IconTrash, IconUserMinus, IconUsers, IconUsersGroup } from '@tabler/icons-react';
import { TEAM_FUNCTION_LABELS } from '@policyops/contracts';
import type { TeamDetail } from '@policyops/contracts';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { isApiError } from '../../lib/api';
import { initials, plural } from '../../lib/format';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { AnchorLink, ButtonLink } from '../../ui/router-links';
import { AddMemberForm } from './AddMemberForm';
import { DeleteTeamModal } from './DeleteTeamModal';
import { TeamFormModal } from './TeamFormModal';
import { useRemoveTeamMember } from './useTeamMutations';
import { useTeam } from './useTeams';

function BackToTeams() {
  return (
    <AnchorLink to="/teams" size="sm" c="dimmed">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden /> Teams
      </Group>
    </AnchorLink>
  );
}

function MembersTable({ team }: { team: TeamDetail }) {
  const remove = useRemoveTeamMember();
  const canEdit = team.abilities.update;
  const removeMember = (member: TeamDetail['members'][number]) =>
    remove.mutate(
      { teamId: team.id, userId: member.id },
      {
        onSuccess: () => notifySuccess('Member removed', `${member.name} left ${team.name}.`),
        onError: (error) => notifyError(error),
      },
    );

  if (team.members.length === 0) {
    return (
      <EmptyState
        icon={<IconUsers size={24} />}
        title="No members yet"
        description={canEdit ? 'Add the people who work in this team above.' : 'A team manager can add people.'}
      />
    );
  }
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>E-mail</Table.Th>
            {canEdit ? (
              <Table.Th w={56}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Group gap="sm" wrap="nowrap">
                  <Avatar size={28} radius="xl" color="indigo" alt="">
                    {initials(member.name)}
                  </Avatar>
                  <AnchorLink
                    to="/people/$userId"
                    params={{ userId: member.id }}
                    size="sm"
                    fw={500}
                    c="var(--mantine-color-text)"
                  >
                    {member.name}
                  </AnchorLink>
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{member.email}</Text>
              </Table.Td>
              {canEdit ? (
                <Table.Td>
                  <Tooltip label="Remove from team">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${member.name} from ${team.name}`}
                      onClick={() => removeMember(member)}
                      loading={remove.isPending && remove.variables?.userId === member.id}
                    >
                      <IconUserMinus size={16} aria-hidden />
                    </ActionIcon>
                  </Tooltip>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One team: its function and description, members, and management controls by abilities. */
export function TeamDetailView({ teamId }: { teamId: string }) {
  const query = useTeam(teamId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  if (query.isPending) {
    return (
      <>
        <PageHeader title="Team" above={<BackToTeams />} />
        <Stack role="status" aria-label="Loading team">
          <Skeleton height={60} />
          <Skeleton height={220} />
        </Stack>
      </>
    );
  }
  if (query.isError) {
    const missing = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeader title={missing ? 'Team not found' : 'Team'} above={<BackToTeams />} />
        {missing ? (
          <EmptyState
            icon={<IconUsersGroup size={24} />}
            title="This team does not exist or was deleted"
            action={
              <ButtonLink to="/teams" variant="default">
                Back to Teams
              </ButtonLink>
            }
          />
        ) : (
          <ErrorAlert error={query.error} onRetry={() => void query.refetch()} retrying={query.isRefetching} />
        )}
      </>
    );
  }

  const team = query.data;
  return (
    <>
      <PageHeader
        title={team.name}
        above={<BackToTeams />}
        description={team.description || undefined}
        actions={
          <>
            {team.abilities.update ? (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
                onClick={() => setEditing(true)}
              >
                Edit
              </Button>
            ) : null}
            {team.abilities.delete ? (
              <Button
                variant="light"
                color="red"
                leftSection={<IconTrash size={16} aria-hidden />}
                onClick={() => setDeleting(true)}
              >
                Delete
              </Button>
            ) : null}
          </>
        }
      />
      <Group gap="xs" mb="lg">
        <Badge variant="light" color="indigo">
          {TEAM_FUNCTION_LABELS[team.function]}
        </Badge>
        <Badge variant="light" color="gray">
          {plural(team.members.length, 'member', 'members')}
        </Badge>
      </Group>
      <Paper withBorder p="lg">
        <Stack gap="md">
          <Title order={2}>Members</Title>
          {team.abilities.update ? <AddMemberForm team={team} /> : null}
          <MembersTable team={team} />
        </Stack>
      </Paper>
      {editing ? <TeamFormModal opened team={team} onClose={() => setEditing(false)} /> : null}
      <DeleteTeamModal
        team={deleting ? team : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate({ to: '/teams' })}
      />
    </>
  );
}
