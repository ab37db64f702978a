import { Group, Select, Switch, TextInput } from '@mantine/core';
import { MarketSelect, SurfaceSelect } from '../applicability';
import { areaOptions } from '../policies/policy-labels';
import { PolicyStatusSelect } from '../policies/PolicyStatusSelect';
import { usePolicyAreas } from '../policies/usePolicies';
import type { SearchFilters as SearchFilterValues } from './search-params';

export interface SearchFiltersProps {
  value: SearchFilterValues;
  /** Reports the filters that changed; absent values clear them. */
  onChange: (patch: SearchFilterValues) => void;
  /** Shown under 'Effective to' when the range is backwards. */
  rangeError?: string;
}

/**
 * Area, status, surface, market and effective-date filters of the search page, and whether earlier
 * versions are searched too (by default: the versions in force today and the open ones).
 */
export function SearchFilters({ value, onChange, rangeError }: SearchFiltersProps) {
  const areas = usePolicyAreas();
  const areaData = areas.data ? areaOptions(areas.data.items) : [];

  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Select
        label="Area"
        placeholder={areas.isError ? 'Areas could not be loaded' : 'Any area'}
        data={areaData}
        value={value.areaId ?? null}
        onChange={(areaId) => onChange({ areaId: areaId ?? undefined })}
        disabled={areas.isError}
        searchable
        clearable
        nothingFoundMessage="No area matches"
        style={{ flex: '1 1 220px' }}
      />
      <PolicyStatusSelect value={value.status} onChange={(status) => onChange({ status })} />
      <SurfaceSelect
        label="Surface"
        placeholder="Any surface"
        value={value.surfaceId}
        onChange={(surfaceId) => onChange({ surfaceId })}
        style={{ flex: '1 1 170px' }}
      />
      <MarketSelect
        label="Market"
        placeholder="Any market"
        value={value.marketId}
        onChange={(marketId) => onChange({ marketId })}
        style={{ flex: '1 1 200px' }}
      />
      <TextInput
        type="date"
        label="Effective from"
        value={value.from ?? ''}
        max={value.to}
        onChange={(event) => onChange({ from: event.currentTarget.value || undefined })}
        w={170}
      />
      <TextInput
        type="date"
        label="Effective to"
        value={value.to ?? ''}
        min={value.from}
        error={rangeError}
        onChange={(event) => onChange({ to: event.currentTarget.value || undefined })}
        w={170}
      />
      <Switch
        label="Include earlier versions"
        description="Superseded and scheduled versions too"
        checked={value.history ?? false}
        onChange={(event) => onChange({ history: event.currentTarget.checked || undefined })}
        mt={4}
        style={{ flex: '1 1 220px' }}
      />
    </Group>
  );
}
