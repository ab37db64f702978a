import { Button, Group, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUserPlus } from '@tabler/icons-react';
import type { TeamDetail } from '@policyops/contracts';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { notifyError, notifySuccess } from '../../lib/problem-feedback';
import { useUserSearch } from '../people';
import { useAddTeamMember } from './useTeamMutations';

/** Picks an active person who is not yet a member and adds them. */
export function AddMemberForm({ team }: { team: TeamDetail }) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 250);
  const [userId, setUserId] = useState<string | null>(null);
  const users = useUserSearch(debounced, { limit: 50, activeOnly: true });
  const add = useAddTeamMember();
  const memberIds = new Set(team.members.map((m) => m.id));
  const options = (users.data?.items ?? [])
    .filter((u) => !memberIds.has(u.id))
    .map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    const label = options.find((o) => o.value === userId)?.label ?? 'Member';
    add.mutate(
      { teamId: team.id, userId },
      {
        onSuccess: () => {
          notifySuccess('Member added', `${label} joined ${team.name}.`);
          setUserId(null);
          setSearch('');
        },
        onError: (error) => notifyError(error),
      },
    );
  };

  return (
    <form onSubmit={submit}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label="Add member"
          placeholder="Search people by name or e-mail"
          data={options}
          value={userId}
          onChange={setUserId}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options: all }) => all}
          nothingFoundMessage={users.isFetching ? 'Searching…' : 'No one else to add'}
          clearable
          style={{ flex: '1 1 280px' }}
        />
        <Button
          type="submit"
          leftSection={<IconUserPlus size={16} aria-hidden />}
          loading={add.isPending}
          disabled={!userId}
        >
          Add
        </Button>
      </Group>
    </form>
  );
}
