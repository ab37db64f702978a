import { Badge, Button, Group, Select, SimpleGrid, Skeleton, Stack, TextInput, Title } from '@mantine/core';
import { IconPlus, IconSearch, IconUsersGroup } from '@tabler/icons-react';
import { TEAM_FUNCTIONS, TEAM_FUNCTION_LABELS } from '@policyops/contracts';
import type { Team, TeamFunction } from '@policyops/contracts';
import { useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useCan } from '../auth';
import { DeleteTeamModal } from './DeleteTeamModal';
import { TeamCard } from './TeamCard';
import { FUNCTION_OPTIONS, TeamFormModal } from './TeamFormModal';
import { useTeams } from './useTeams';

function groupByFunction(teams: Team[]): Array<[TeamFunction, Team[]]> {
  return TEAM_FUNCTIONS.map((fn) => [fn, teams.filter((t) => t.function === fn)] as [TeamFunction, Team[]]).filter(
    ([, list]) => list.length > 0,
  );
}

/** All teams grouped by function, filterable; create/edit/delete for team managers. */
export function TeamsBoard() {
  const canManage = useCan('teams.manage');
  const [fn, setFn] = useState<TeamFunction | null>(null);
  const [search, setSearch] = useState('');
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Team | null>(null);
  const [deleting, setDeleting] = useState<Team | null>(null);
  const teams = useTeams(fn ?? undefined);

  const q = search.trim().toLowerCase();
  const items = (teams.data?.items ?? []).filter(
    (t) => !q || t.name.toLowerCase().includes(q) || t.description.toLowerCase().includes(q),
  );
  const filtered = Boolean(fn || q);
  const newTeamButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
      New team
    </Button>
  ) : undefined;

  let body;
  if (teams.isPending) {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="status" aria-label="Loading teams">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} height={132} />
        ))}
      </SimpleGrid>
    );
  } else if (teams.isError) {
    body = <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} retrying={teams.isRefetching} />;
  } else if (items.length === 0) {
    body = filtered ? (
      <EmptyState
        icon={<IconSearch size={24} />}
        title="No team matches"
        description="Try another function or search."
        action={
          <Button variant="default" onClick={() => (setFn(null), setSearch(''))}>
            Clear filters
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={<IconUsersGroup size={24} />}
        title="No teams yet"
        description="Teams group policy writers by harm area and XFN partners by function: Legal, Moderation Ops, Product, Regional…"
        action={newTeamButton}
      />
    );
  } else {
    body = (
      <Stack gap="xl">
        {groupByFunction(items).map(([group, list]) => (
          <section key={group} aria-labelledby={`fn-${group}`}>
            <Group gap="xs" mb="sm">
              <Title order={2} id={`fn-${group}`}>
                {TEAM_FUNCTION_LABELS[group]}
              </Title>
              <Badge variant="light" color="gray" aria-label={`${list.length} teams`}>
                {list.length}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {list.map((team) => (
                <TeamCard key={team.id} team={team} onEdit={setEditing} onDelete={setDeleting} />
              ))}
            </SimpleGrid>
          </section>
        ))}
      </Stack>
    );
  }

  return (
    <>
      <PageHeader
        title="Teams"
        description="Policy teams by harm area and the cross-functional partners they work with."
        actions={newTeamButton}
      />
      <Group gap="sm" align="flex-end" mb="lg" wrap="wrap">
        <TextInput
          label="Search teams"
          placeholder="Team name or description"
          type="search"
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: '1 1 240px' }}
        />
        <Select
          label="Show teams in"
          placeholder="All functions"
          data={FUNCTION_OPTIONS}
          value={fn}
          onChange={(value) => setFn(value as TeamFunction | null)}
          clearable
          w={220}
        />
      </Group>
      {body}
      {creating ? <TeamFormModal opened onClose={() => setCreating(false)} /> : null}
      {editing ? <TeamFormModal key={editing.id} opened team={editing} onClose={() => setEditing(null)} /> : null}
      <DeleteTeamModal team={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
