import { Autocomplete, Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { AUDIT_ACTIONS } from '@policyops/contracts';
import type { AuditAction } from '@policyops/contracts';
import { useUserSearch } from '../people';

export interface AuditFilterValues {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: AuditAction | null;
  from: string;
  to: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilterValues = {
  actorId: null,
  entityType: '',
  entityId: '',
  action: null,
  from: '',
  to: '',
};

/** Entity kinds known from the action names (`team.created` -> `team`); others can be typed. */
const ENTITY_TYPES = [...new Set(AUDIT_ACTIONS.map((a) => a.split('.')[0] ?? a))];
const ACTION_OPTIONS = AUDIT_ACTIONS.map((a) => ({ value: a, label: a }));

export interface AuditFiltersProps {
  value: AuditFilterValues;
  onChange: (next: AuditFilterValues) => void;
}

export function AuditFilters({ value, onChange }: AuditFiltersProps) {
  const users = useUserSearch('', { limit: 200 });
  const actorOptions = (users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }));
  const set = <K extends keyof AuditFilterValues>(key: K, v: AuditFilterValues[K]) => onChange({ ...value, [key]: v });
  const dirty = JSON.stringify(value) !== JSON.stringify(EMPTY_AUDIT_FILTERS);

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="sm">
      <Select
        label="Actor"
        placeholder={users.isPending ? 'Loading people…' : 'Anyone'}
        data={actorOptions}
        value={value.actorId}
        onChange={(v) => set('actorId', v)}
        searchable
        clearable
        nothingFoundMessage="No one matches"
      />
      <Select
        label="Action"
        placeholder="Any action"
        data={ACTION_OPTIONS}
        value={value.action}
        onChange={(v) => set('action', v as AuditAction | null)}
        searchable
        clearable
      />
      <Autocomplete
        label="Entity type"
        placeholder="user, team, invitation…"
        data={ENTITY_TYPES}
        value={value.entityType}
        onChange={(v) => set('entityType', v)}
      />
      <TextInput
        label="Entity id"
        placeholder="Id of the record"
        value={value.entityId}
        onChange={(event) => set('entityId', event.currentTarget.value)}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      />
      <Group grow gap="sm" align="flex-end">
        <TextInput
          label="From date"
          type="date"
          value={value.from}
          max={value.to || undefined}
          onChange={(event) => set('from', event.currentTarget.value)}
        />
        <TextInput
          label="To date"
          type="date"
          value={value.to}
          min={value.from || undefined}
          onChange={(event) => set('to', event.currentTarget.value)}
        />
      </Group>
      <Group align="flex-end">
        <Button variant="default" onClick={() => onChange(EMPTY_AUDIT_FILTERS)} disabled={!dirty}>
          Clear filters
        </Button>
      </Group>
    </SimpleGrid>
  );
}
