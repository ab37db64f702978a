import { ActionIcon, Badge, Card, Group, Menu, Text } from '@mantine/core';
import { IconDots, IconPencil, IconTrash, IconUsers } from '@tabler/icons-react';
import type { Team } from '@policyops/contracts';
import { plural } from '../../lib/format';
import { AnchorLink } from '../../ui/router-links';

export interface TeamCardProps {
  team: Team;
  onEdit: (team: Team) => void;
  onDelete: (team: Team) => void;
}

export function TeamCard({ team, onEdit, onDelete }: TeamCardProps) {
  const { update, delete: canDelete } = team.abilities;
  return (
    <Card withBorder padding="md" h="100%">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <AnchorLink
          to="/teams/$teamId"
          params={{ teamId: team.id }}
          fw={600}
          c="var(--mantine-color-text)"
          style={{ minWidth: 0, overflowWrap: 'anywhere' }}
        >
          {team.name}
        </AnchorLink>
        {update || canDelete ? (
          <Menu position="bottom-end" shadow="md">
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${team.name}`}>
                <IconDots size={18} aria-hidden />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {update ? (
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(team)}>
                  Edit…
                </Menu.Item>
              ) : null}
              {canDelete ? (
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => onDelete(team)}>
                  Delete…
                </Menu.Item>
              ) : null}
            </Menu.Dropdown>
          </Menu>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mt={6} lineClamp={2} style={{ flex: 1 }}>
        {team.description || 'No description yet.'}
      </Text>
      <Group gap="xs" mt="md">
        <Badge variant="light" color="gray" leftSection={<IconUsers size={12} aria-hidden />}>
          {plural(team.memberCount, 'member', 'members')}
        </Badge>
      </Group>
    </Card>
  );
}
