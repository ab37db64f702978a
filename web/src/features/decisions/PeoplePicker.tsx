import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useDirectorySearch } from './decision-queries';

type Known = { id: string; name: string }[];

function useChoices(known: Known) {
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q, 250);
  const found = useDirectorySearch(debounced);
  const options = (found.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  for (const person of known)
    if (!options.some((o) => o.value === person.id)) options.unshift({ value: person.id, label: person.name });
  return { options, setQ, searching: found.isPending };
}

/** People of the stakeholder directory (accounts and contacts), searched by name. */
export function PeoplePicker(props: {
  label: string;
  value: string[];
  known: Known;
  onChange(ids: string[], people: Known): void;
  error?: string;
}) {
  const { options, setQ, searching } = useChoices(props.known);
  return (
    <MultiSelect
      label={props.label}
      placeholder="Search the directory"
      searchable
      data={options}
      value={props.value}
      onChange={(ids) =>
        props.onChange(
          ids,
          ids.map((id) => ({ id, name: options.find((o) => o.value === id)?.label ?? id })),
        )
      }
      onSearchChange={setQ}
      nothingFoundMessage={searching ? 'Searching…' : 'No one by that name'}
      error={props.error}
    />
  );
}

export function PersonPicker(props: {
  label: string;
  value: string | null;
  known: Known;
  onChange(id: string | null, person: Known[number] | null): void;
  description?: string;
  error?: string;
}) {
  const { options, setQ, searching } = useChoices(props.known);
  return (
    <Select
      label={props.label}
      description={props.description}
      placeholder="Search the directory"
      searchable
      clearable
      data={options}
      value={props.value}
      onChange={(id) => props.onChange(id, id ? { id, name: options.find((o) => o.value === id)?.label ?? id } : null)}
      onSearchChange={setQ}
      nothingFoundMessage={searching ? 'Searching…' : 'No one by that name'}
      error={props.error}
    />
  );
}
