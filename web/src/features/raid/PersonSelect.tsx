import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { usePeopleSearch } from './raid-queries';

export interface PersonSelectProps {
  label: string;
  value: string | null;
  /** The chosen person's name, to show before a search has run. */
  initialName?: string | null;
  onChange(id: string | null): void;
  error?: string;
  required?: boolean;
}

/** A person of the stakeholder directory, searched by name. */
export function PersonSelect({ label, value, initialName, onChange, error, required }: PersonSelectProps) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const found = usePeopleSearch(debounced);
  const options = (found.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (value && initialName && !options.some((o) => o.value === value)) options.unshift({ value, label: initialName });
  return (
    <Select
      label={label}
      placeholder="Search the directory"
      searchable
      clearable={!required}
      required={required}
      data={options}
      value={value}
      onChange={onChange}
      onSearchChange={setQ}
      nothingFoundMessage={found.isPending ? 'Searching…' : 'No one by that name'}
      error={error}
    />
  );
}
