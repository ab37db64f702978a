import type { ChangeEvent } from 'react';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { DETECTION_METHOD_LABELS, DETECTION_METHODS, type DetectionMethod } from '@policyops/contracts';
import { useApplicabilityDimensions } from '../../applicability/useApplicability';
import type { PolicyMetricsSearch } from '../metrics-search';

export interface MetricFiltersProps {
  search: PolicyMetricsSearch;
  /** The days with data, bounding the date inputs. */
  firstDay: string | null;
  lastDay: string | null;
  /** The period shown when no dates are chosen (the API's default), so the inputs say what is shown. */
  period: { from: string; to: string } | null;
  onChange: (patch: Partial<PolicyMetricsSearch>) => void;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The dashboard's filters; each change goes to the URL so that the view can be shared. */
export function MetricFilters({ search, firstDay, lastDay, period, onChange }: MetricFiltersProps) {
  const dimensions = useApplicabilityDimensions();
  const markets = (dimensions.data?.markets ?? []).map((market) => ({
    value: market.code,
    label: `${market.name} (${market.code})`,
  }));
  const surfaces = (dimensions.data?.surfaces ?? []).map((surface) => ({ value: surface.id, label: surface.name }));
  const filtered = Boolean(search.market || search.surface || search.detection || search.from || search.to);
  const dateChange = (key: 'from' | 'to') => (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.currentTarget.value;
    onChange({ [key]: DATE.test(value) ? value : undefined });
  };

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="group" aria-label="Filters">
      <Select
        label="Market"
        placeholder="All markets"
        size="sm"
        w={200}
        data={markets}
        value={search.market ?? null}
        onChange={(value) => onChange({ market: value ?? undefined })}
        clearable
        searchable
        disabled={dimensions.isPending}
        nothingFoundMessage="No such market"
      />
      <Select
        label="Surface"
        placeholder="All surfaces"
        size="sm"
        w={170}
        data={surfaces}
        value={search.surface ?? null}
        onChange={(value) => onChange({ surface: value ?? undefined })}
        clearable
        disabled={dimensions.isPending}
      />
      <Select
        label="Detection"
        placeholder="All methods"
        size="sm"
        w={190}
        data={DETECTION_METHODS.map((value) => ({ value, label: DETECTION_METHOD_LABELS[value] }))}
        value={search.detection ?? null}
        onChange={(value) => onChange({ detection: (value as DetectionMethod | null) ?? undefined })}
        clearable
      />
      <TextInput
        type="date"
        label="From"
        size="sm"
        w={160}
        value={search.from ?? period?.from ?? ''}
        min={firstDay ?? undefined}
        max={search.to ?? lastDay ?? undefined}
        onChange={dateChange('from')}
      />
      <TextInput
        type="date"
        label="To"
        size="sm"
        w={160}
        value={search.to ?? period?.to ?? ''}
        min={search.from ?? firstDay ?? undefined}
        max={lastDay ?? undefined}
        onChange={dateChange('to')}
      />
      {filtered ? (
        <Button
          variant="subtle"
          size="sm"
          onClick={() =>
            onChange({ market: undefined, surface: undefined, detection: undefined, from: undefined, to: undefined })
          }
        >
          Clear filters
        </Button>
      ) : null}
    </Group>
  );
}
