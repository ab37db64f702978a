import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import type { OkrPeriod } from '@policyops/contracts';
import { useTeams } from '../teams';
import type { OkrSearch } from './okr-search';
import { PeriodPicker } from './PeriodPicker';

export interface OkrFiltersProps {
  periods: readonly OkrPeriod[];
  periodKey: string;
  search: OkrSearch;
  onChange: (next: OkrSearch) => void;
}

/** Period, "mine or everyone's", and team: the filters of the tree and the dashboard (kept in the URL). */
export function OkrFilters({ periods, periodKey, search, onChange }: OkrFiltersProps) {
  const teams = useTeams();
  const teamOptions = (teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }));
  return (
    <Group gap="md" align="flex-end" wrap="wrap" mb="lg">
      <PeriodPicker periods={periods} value={periodKey} onChange={(period) => onChange({ ...search, period })} />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="okr-whose">
          Whose
        </Text>
        <SegmentedControl
          aria-labelledby="okr-whose"
          value={search.mine ? 'mine' : 'all'}
          onChange={(v) => onChange({ ...search, mine: v === 'mine' ? true : undefined })}
          data={[
            { value: 'all', label: 'Everyone’s' },
            { value: 'mine', label: 'Mine' },
          ]}
        />
      </Stack>
      <Select
        label="Team"
        placeholder={teams.isPending ? 'Loading teams…' : 'All teams'}
        data={teamOptions}
        value={search.teamId ?? null}
        onChange={(teamId) => onChange({ ...search, teamId: teamId ?? undefined })}
        clearable
        searchable
        w={240}
        nothingFoundMessage="No team matches"
      />
    </Group>
  );
}
