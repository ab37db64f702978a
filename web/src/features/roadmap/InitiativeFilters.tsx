import { Group, MultiSelect, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import {
  INITIATIVE_HEALTH_LABELS,
  INITIATIVE_HEALTHS,
  INITIATIVE_STATUS_LABELS,
  INITIATIVE_STATUSES,
  type InitiativeHealth,
  type InitiativeStatus,
  type PlanningSettings,
} from '@policyops/contracts';
import { useState } from 'react';
import { usePolicyAreas } from '../policies';
import { useUserSearch } from '../people';
import { useTeams } from '../teams';
import { periodGroups } from './roadmap-periods';
import type { RoadmapSearch } from './roadmap-search';

export interface InitiativeFiltersProps {
  value: RoadmapSearch;
  settings: PlanningSettings | undefined;
  onChange: (patch: RoadmapSearch) => void;
}

const statusOptions = INITIATIVE_STATUSES.map((s) => ({ value: s, label: INITIATIVE_STATUS_LABELS[s] }));
const healthOptions = [
  ...INITIATIVE_HEALTHS.map((h) => ({ value: h, label: INITIATIVE_HEALTH_LABELS[h] })),
  { value: 'none', label: 'No update yet' },
];

/** The list's filters, each written to the URL as it changes (the search box after a pause). */
export function InitiativeFilters({ value, settings, onChange }: InitiativeFiltersProps) {
  const [q, setQ] = useState(value.q ?? '');
  const sendQ = useDebouncedCallback((text: string) => onChange({ q: text.trim() || undefined }), 300);
  const areas = usePolicyAreas();
  const teams = useTeams();
  const people = useUserSearch('', { limit: 200, activeOnly: true });
  const ownerOptions = [
    { value: 'me', label: 'Me' },
    ...(people.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label="Filter initiatives">
      <TextInput
        label="Search"
        placeholder="Title contains…"
        leftSection={<IconSearch size={14} aria-hidden />}
        value={q}
        onChange={(event) => {
          setQ(event.currentTarget.value);
          sendQ(event.currentTarget.value);
        }}
        w={200}
      />
      <Select
        label="Period"
        placeholder="Any period"
        data={settings ? periodGroups(settings) : []}
        value={value.period ?? null}
        onChange={(period) => onChange({ period: period ?? undefined })}
        clearable
        searchable
        w={180}
      />
      <MultiSelect
        label="Status"
        placeholder={value.status?.length ? undefined : 'Any status'}
        data={statusOptions}
        value={value.status ?? []}
        onChange={(status) => onChange({ status: status.length ? (status as InitiativeStatus[]) : undefined })}
        clearable
        w={220}
      />
      <Select
        label="Owner"
        placeholder="Anyone"
        data={ownerOptions}
        value={value.ownerId ?? null}
        onChange={(ownerId) => onChange({ ownerId: ownerId ?? undefined })}
        clearable
        searchable
        w={170}
      />
      <Select
        label="Policy area"
        placeholder="Any area"
        data={(areas.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
        value={value.areaId ?? null}
        onChange={(areaId) => onChange({ areaId: areaId ?? undefined })}
        clearable
        searchable
        w={170}
      />
      <Select
        label="Team"
        placeholder="Any team"
        data={(teams.data?.items ?? []).map((t) => ({ value: t.id, label: t.name }))}
        value={value.teamId ?? null}
        onChange={(teamId) => onChange({ teamId: teamId ?? undefined })}
        clearable
        searchable
        w={170}
      />
      <Select
        label="Health"
        placeholder="Any health"
        data={healthOptions}
        value={value.health ?? null}
        onChange={(health) => onChange({ health: (health as InitiativeHealth | 'none' | null) ?? undefined })}
        clearable
        w={150}
      />
      <Switch
        label="Update due"
        checked={value.updateDue ?? false}
        onChange={(event) => onChange({ updateDue: event.currentTarget.checked || undefined })}
        mb={8}
      />
    </Group>
  );
}
